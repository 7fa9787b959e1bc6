/** A DVC remote that is a folder (a mounted disk, a network share, another path on this machine). */
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../../errors.js';
import { kindOf } from '../../util/regularFile.js';
import type { LocalRemoteSpec } from '../remoteConfig.js';
import { TransientError } from '../concurrency.js';
import type { ObjectBody, ObjectStat, RemoteStore } from './types.js';

export class LocalRemote implements RemoteStore {
  constructor(readonly spec: LocalRemoteSpec) {
    let st;
    try {
      st = statSync(spec.path);
    } catch (e) {
      throw new ModelBuildError('DVC_REMOTE_UNREACHABLE', `remote "${spec.name}": the folder ${spec.path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, {
        file: spec.file,
        hint: 'mount or create the remote folder, or fix its url (a relative url is relative to .dvc/)',
      });
    }
    if (!st.isDirectory()) {
      throw new ModelBuildError('DVC_REMOTE_UNREACHABLE', `remote "${spec.name}": ${spec.path} is ${st.isFile() ? 'a file' : kindOf(st)}, not a folder`, { file: spec.file, hint: 'point the remote url at a folder' });
    }
  }

  private abs(key: string): string {
    return path.join(this.spec.path, ...key.split('/'));
  }

  async stat(key: string): Promise<ObjectStat> {
    try {
      const st = statSync(this.abs(key));
      // A folder, FIFO or device where an object should be is not the object.
      return st.isFile() ? { exists: true, size: st.size } : { exists: false };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { exists: false };
      throw this.failure(key, code);
    }
  }

  async get(key: string): Promise<ObjectBody | null> {
    const s = await this.stat(key);
    if (!s.exists) return null;
    const stream = createReadStream(this.abs(key), { highWaterMark: 1 << 20 });
    const spec = this.spec;
    async function* body() {
      try {
        for await (const chunk of stream) yield chunk as Buffer;
      } catch (e) {
        throw new TransientError(`reading ${key} from remote "${spec.name}" failed (${(e as NodeJS.ErrnoException).code ?? 'error'})`, true);
      }
    }
    return { body: body(), size: s.size };
  }

  private failure(key: string, code: string | undefined): ModelBuildError {
    return new ModelBuildError('DVC_REMOTE_UNREACHABLE', `remote "${this.spec.name}": cannot read ${key} (${code ?? 'error'})`, {
      file: this.spec.file,
      hint: code === 'EACCES' || code === 'EPERM' ? 'check the permissions of the remote folder' : 'check the remote folder',
    });
  }

  close(): void {}
}
