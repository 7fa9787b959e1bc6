/**
 * DVC's remote configuration, read as DVC reads it (dvc/config.py, dvc/config_schema.py):
 * `.dvc/config` then `.dvc/config.local`, merged key by key; keys and remote names lower-cased;
 * `['remote "NAME"']` sections; a relative local `url` or cache `dir` resolved against the folder
 * of the file that set it. DVC's global and system config files are not read: a build must not
 * depend on the machine it runs on, and CI machines have none.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { didYouMean } from '../config/didYouMean.js';
import { ModelBuildError } from '../errors.js';
import type { RepositoryBoundary } from '../trust/boundary.js';
import { regularFile } from '../util/regularFile.js';
import { parseConfigObj, type ConfigValue } from './configObj.js';

/** Remote types model-build reads; the rest of DVC's are refused by name. */
export const SUPPORTED_SCHEMES = ['local folder', 's3:// (and S3-compatible endpoints)', 'http://', 'https://'] as const;
const UNSUPPORTED_SCHEMES = ['gs', 'gcs', 'azure', 'ssh', 'hdfs', 'webhdfs', 'oss', 'gdrive', 'webdav', 'webdavs'];

/** Largest config file read: DVC's are a few hundred bytes. */
export const MAX_DVC_CONFIG_BYTES = 1024 * 1024;

const NOT_GLOBAL = 'model-build reads .dvc/config and .dvc/config.local only, not DVC\'s global or system config';

/** Keys DVC's schema accepts per remote type (anything else is a typo DVC itself refuses). */
const COMMON = ['url', 'checksum_jobs', 'jobs', 'worktree', 'no_traverse', 'version_aware'];
const KEYS: Record<'local' | 'http' | 's3', readonly string[]> = {
  local: [...COMMON, 'type', 'protected', 'shared', 'slow_link_warning', 'verify'],
  http: [...COMMON, 'auth', 'custom_auth_header', 'user', 'password', 'ask_password', 'ssl_verify', 'method', 'connect_timeout', 'read_timeout', 'verify'],
  s3: [
    ...COMMON,
    'region', 'profile', 'credentialpath', 'configpath', 'endpointurl', 'access_key_id', 'secret_access_key', 'session_token',
    'listobjects', 'use_ssl', 'allow_anonymous_login', 'ssl_verify', 'sse', 'sse_kms_key_id', 'sse_customer_algorithm',
    'sse_customer_key', 'acl', 'grant_read', 'grant_read_acp', 'grant_write_acp', 'grant_full_control', 'cache_regions',
    'read_timeout', 'connect_timeout', 'verify',
  ],
};

/** Keys whose values are secrets: never shown. */
export const SECRET_KEYS = new Set(['password', 'secret_access_key', 'session_token', 'custom_auth_header', 'sse_customer_key']);

interface Setting {
  value: ConfigValue;
  /** The file that set it, relative to the root, and its line. */
  file: string;
  line: number;
}

export interface DvcConfig {
  /** Config files read, relative to the root (those that exist). */
  files: string[];
  /** `core.remote`, lower-cased, when set. */
  defaultRemote?: { name: string; file: string; line: number };
  /** Remote name (lower-cased) → its merged settings. */
  remotes: Map<string, Map<string, Setting>>;
  /** Absolute cache folder (real path, inside the repository). */
  cacheDir: string;
}

export interface RemoteBase {
  name: string;
  /** Where it is, for people: credentials and query strings removed. */
  display: string;
  /** `jobs` set for the remote, if any. */
  jobs?: number;
  /** The config file that defined the remote (for messages). */
  file: string;
}
export interface LocalRemoteSpec extends RemoteBase {
  kind: 'local';
  /** Absolute folder. */
  path: string;
}
export interface HttpRemoteSpec extends RemoteBase {
  kind: 'http';
  /** Base URL without a trailing slash, credentials included if the URL had them. */
  url: string;
  auth?: { kind: 'basic'; user: string; password: string } | { kind: 'custom'; header: string; value: string };
  /** false: do not verify TLS; a string: a CA bundle file. */
  sslVerify: boolean | string;
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
}
export interface S3RemoteSpec extends RemoteBase {
  kind: 's3';
  bucket: string;
  /** Key prefix without leading or trailing slash ('' for the bucket root). */
  prefix: string;
  endpoint?: string;
  region?: string;
  profile?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  sslVerify: boolean | string;
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
}
export type RemoteSpec = LocalRemoteSpec | HttpRemoteSpec | S3RemoteSpec;

/** `https://user:secret@host/p?sig=x` → `https://host/p`: what may appear in output. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '');
  }
}

function readOne(root: string, boundary: RepositoryBoundary, name: string): { rel: string; text: string } | null {
  const rel = `.dvc/${name}`;
  const r = boundary.resolve(path.join(root, rel), `DVC config ${rel}`, { file: rel });
  if (!r.exists) return null;
  regularFile(r.real, { display: rel, what: 'the DVC config', maxBytes: MAX_DVC_CONFIG_BYTES, code: 'DVC_CONFIG_INVALID', limitHint: 'DVC writes small config files; restore it from git' });
  const bytes = readFileSync(r.real);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) {
    throw new ModelBuildError('DVC_CONFIG_INVALID', 'malformed DVC config: not UTF-8 text', { file: rel, hint: 'DVC writes UTF-8; restore it from git or recreate it with `dvc remote add`' });
  }
  return { rel, text };
}

const URL_LIKE = /^\w+:\/\//;

/** DVC's `Config._resolve`: URLs stay, `~` expands, a relative path joins the config's folder. */
function resolveLocal(confDir: string, value: string): string {
  if (URL_LIKE.test(value) || path.isAbsolute(value)) return value;
  const expanded = value === '~' || value.startsWith('~/') ? path.join(os.homedir(), value.slice(1)) : value;
  if (path.isAbsolute(expanded)) return expanded;
  return path.resolve(confDir, value);
}

/** Reads and merges `.dvc/config` and `.dvc/config.local`. Missing files are empty. */
export function readDvcConfig(root: string, boundary: RepositoryBoundary): DvcConfig {
  const confDir = path.join(root, '.dvc');
  const files: string[] = [];
  const remotes = new Map<string, Map<string, Setting>>();
  const core = new Map<string, Setting>();
  const cache = new Map<string, Setting>();
  for (const name of ['config', 'config.local']) {
    const read = readOne(root, boundary, name);
    if (!read) continue;
    files.push(read.rel);
    const parsed = parseConfigObj(read.text, read.rel);
    for (const [section, body] of parsed.sections) {
      // DVC's `_parse_named`: `remote "name"`, spaces allowed around the parts.
      const named = /^\s*remote\s*"(.*)"\s*$/.exec(section);
      const target = named ? remotes.get(named[1]!) ?? new Map<string, Setting>() : section === 'core' ? core : section === 'cache' ? cache : null;
      if (named) remotes.set(named[1]!, target!);
      if (!target) continue; // other sections (plots, exp, machine, …) do not concern us
      for (const [key, value] of body.values) {
        const resolved =
          typeof value === 'string' && ((named && (key === 'url' || key === 'credentialpath' || key === 'configpath')) || (section === 'cache' && key === 'dir'))
            ? resolveLocal(confDir, value)
            : value;
        target.set(key, { value: resolved, file: read.rel, line: body.lines.get(key)! });
      }
    }
  }
  const def = core.get('remote');
  let defaultRemote: DvcConfig['defaultRemote'];
  if (def) {
    if (typeof def.value !== 'string') throw listValue('remote', def);
    if (def.value !== '') defaultRemote = { name: def.value.toLowerCase(), file: def.file, line: def.line };
  }
  return { files, defaultRemote, remotes, cacheDir: cacheDirOf(root, boundary, cache.get('dir')) };
}

function listValue(key: string, s: Setting): ModelBuildError {
  return new ModelBuildError('DVC_CONFIG_INVALID', `"${key}" is a list (configobj reads an unquoted value with a comma as a list), DVC expects one value`, {
    file: s.file,
    line: s.line,
    hint: 'quote the value: key = "a,b"',
  });
}

function cacheDirOf(root: string, boundary: RepositoryBoundary, dir: Setting | undefined): string {
  if (!dir) return boundary.resolve(path.join(root, '.dvc', 'cache'), 'the DVC cache .dvc/cache', { file: '.dvc/cache' }).real;
  if (typeof dir.value !== 'string') throw listValue('dir', dir);
  if (URL_LIKE.test(dir.value)) {
    throw new ModelBuildError('DVC_REMOTE_UNSUPPORTED', `[cache] dir ${JSON.stringify(dir.value)} is a URL; model-build uses a local cache folder only`, {
      file: dir.file,
      line: dir.line,
      hint: 'remove [cache] dir to use .dvc/cache',
    });
  }
  const r = boundary.resolve(dir.value, `the DVC cache folder ([cache] dir = ${JSON.stringify(dir.value)})`, { file: dir.file, line: dir.line });
  return r.real;
}

function str(remote: string, settings: Map<string, Setting>, key: string): string | undefined {
  const s = settings.get(key);
  if (!s) return undefined;
  if (typeof s.value !== 'string') throw listValue(`remote "${remote}" ${key}`, s);
  return s.value;
}

/** DVC's `Bool`: true/false in any case. */
function bool(remote: string, settings: Map<string, Setting>, key: string): boolean | undefined {
  const v = str(remote, settings, key);
  if (v === undefined) return undefined;
  const lower = v.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  const s = settings.get(key)!;
  throw new ModelBuildError('DVC_CONFIG_INVALID', `remote "${remote}" ${key} must be true or false (got ${JSON.stringify(v)})`, { file: s.file, line: s.line, hint: 'DVC expects true or false' });
}

function positive(remote: string, settings: Map<string, Setting>, key: string, integer: boolean): number | undefined {
  const v = str(remote, settings, key);
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || (integer && (!Number.isInteger(n) || n < 1))) {
    const s = settings.get(key)!;
    throw new ModelBuildError('DVC_CONFIG_INVALID', `remote "${remote}" ${key} must be ${integer ? 'a whole number from 1 up' : 'a number of seconds'} (got ${JSON.stringify(v)})`, { file: s.file, line: s.line });
  }
  return n;
}

function sslVerify(remote: string, settings: Map<string, Setting>): boolean | string {
  const v = str(remote, settings, 'ssl_verify');
  if (v === undefined) return true;
  const lower = v.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : v;
}

function unsupported(remote: string, s: Setting, what: string, hint: string): ModelBuildError {
  return new ModelBuildError('DVC_REMOTE_UNSUPPORTED', `remote "${remote}": ${what}`, { file: s.file, line: s.line, hint });
}

/**
 * The remote to use: `name` (as `dvc -r NAME`), else `core.remote`. Refuses an unknown name, no
 * default, an unsupported type, and options that change where objects live (worktree and
 * version-aware remotes store files by path, not by hash).
 */
export function resolveRemote(config: DvcConfig, name?: string): RemoteSpec {
  const names = [...config.remotes.keys()].sort();
  let chosen: string;
  if (name !== undefined && name !== '') {
    chosen = name.toLowerCase();
    if (!config.remotes.has(chosen)) {
      const guess = didYouMean(chosen, names);
      throw new ModelBuildError('DVC_REMOTE_NOT_FOUND', `no DVC remote named "${name}"${names.length ? ` (remotes: ${names.join(', ')})` : ' (no remotes are configured)'}`, {
        file: config.files[0] ?? '.dvc/config',
        hint: guess ? `did you mean "${guess}"?` : names.length ? `name one of: ${names.join(', ')}` : `add one with \`dvc remote add -d NAME URL\` (${NOT_GLOBAL})`,
      });
    }
  } else if (config.defaultRemote) {
    chosen = config.defaultRemote.name;
    if (!config.remotes.has(chosen)) {
      throw new ModelBuildError('DVC_REMOTE_NOT_FOUND', `the default remote "${chosen}" ([core] remote) is not defined${names.length ? ` (remotes: ${names.join(', ')})` : ''}`, {
        file: config.defaultRemote.file,
        line: config.defaultRemote.line,
        hint: `define it with \`dvc remote add ${chosen} URL\`, or set another default with \`dvc remote default NAME\` (${NOT_GLOBAL})`,
      });
    }
  } else {
    throw new ModelBuildError('DVC_REMOTE_NOT_FOUND', names.length ? `no default DVC remote is set (remotes: ${names.join(', ')})` : 'no DVC remote is configured', {
      file: config.files[0] ?? '.dvc/config',
      hint: names.length
        ? `name one (--remote ${names[0]}), or set a default with \`dvc remote default NAME\` (${NOT_GLOBAL})`
        : `add one with \`dvc remote add -d NAME URL\` and commit .dvc/config (${NOT_GLOBAL})`,
    });
  }
  const settings = config.remotes.get(chosen)!;
  const urlSetting = settings.get('url');
  const anyFile = [...settings.values()][0]?.file ?? '.dvc/config';
  if (!urlSetting) {
    throw new ModelBuildError('DVC_CONFIG_INVALID', `remote "${chosen}" has no url`, { file: anyFile, hint: `set it with \`dvc remote modify ${chosen} url URL\`` });
  }
  const url = str(chosen, settings, 'url')!;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/]*)/.exec(url);
  // Python's urlparse: no network location means a local path (also file:///abs).
  const kind: 'local' | 'http' | 's3' | string = !scheme || scheme[2] === '' ? 'local' : scheme[1]!.toLowerCase();
  if (kind !== 'local' && kind !== 'http' && kind !== 'https' && kind !== 's3') {
    const known = UNSUPPORTED_SCHEMES.includes(kind);
    throw new ModelBuildError(
      'DVC_REMOTE_UNSUPPORTED',
      `remote "${chosen}" (${displayUrl(url)}) is a${known ? ` ${kind}` : 'n unknown'} remote${known ? ', which model-build does not support yet' : ` type ${kind}://`}`,
      {
        file: urlSetting.file,
        line: urlSetting.line,
        hint: `supported: ${SUPPORTED_SCHEMES.join(', ')}; for ${kind} use \`dvc pull\` before model-build`,
      },
    );
  }
  const schema = kind === 'https' ? 'http' : (kind as 'local' | 'http' | 's3');
  for (const [key, s] of settings) {
    if (KEYS[schema].includes(key)) continue;
    const guess = didYouMean(key, [...KEYS[schema]]);
    throw new ModelBuildError('DVC_CONFIG_INVALID', `remote "${chosen}" has an option DVC does not know for this remote type: ${key}`, {
      file: s.file,
      line: s.line,
      hint: guess ? `did you mean ${guess}?` : `remove it (see \`dvc remote modify --help\`)`,
    });
  }
  for (const key of ['worktree', 'version_aware']) {
    if (bool(chosen, settings, key)) {
      throw unsupported(chosen, settings.get(key)!, `${key} = true stores files by path, not by hash; model-build reads hash-addressed remotes only`, 'use `dvc pull` for cloud-versioned remotes');
    }
  }
  const jobs = positive(chosen, settings, 'jobs', true);
  const base = { name: chosen, file: urlSetting.file, ...(jobs ? { jobs } : {}) };
  const ms = (key: string) => {
    const v = positive(chosen, settings, key, false);
    return v === undefined ? undefined : v * 1000;
  };
  if (schema === 'local') {
    const p = url.startsWith('file://') ? url.slice('file://'.length) : url;
    return { ...base, kind: 'local', path: p, display: p };
  }
  if (schema === 'http') {
    const authKind = str(chosen, settings, 'auth')?.toLowerCase();
    let auth: HttpRemoteSpec['auth'];
    if (bool(chosen, settings, 'ask_password')) {
      throw unsupported(chosen, settings.get('ask_password')!, 'ask_password = true needs a terminal prompt', 'put the password in .dvc/config.local (`dvc remote modify --local NAME password ...`)');
    }
    if (authKind === 'basic') {
      auth = { kind: 'basic', user: str(chosen, settings, 'user') ?? '', password: str(chosen, settings, 'password') ?? '' };
    } else if (authKind === 'custom') {
      const header = str(chosen, settings, 'custom_auth_header');
      if (!header) throw new ModelBuildError('DVC_CONFIG_INVALID', `remote "${chosen}" auth = custom needs custom_auth_header`, { file: settings.get('auth')!.file, line: settings.get('auth')!.line });
      auth = { kind: 'custom', header, value: str(chosen, settings, 'password') ?? '' };
    } else if (authKind === 'digest') {
      throw unsupported(chosen, settings.get('auth')!, 'auth = digest is not supported yet', 'use basic or custom auth over HTTPS');
    } else if (authKind !== undefined) {
      const s = settings.get('auth')!;
      throw new ModelBuildError('DVC_CONFIG_INVALID', `remote "${chosen}" auth must be basic, digest or custom (got ${JSON.stringify(authKind)})`, { file: s.file, line: s.line });
    }
    return {
      ...base,
      kind: 'http',
      url: url.replace(/\/+$/, ''),
      display: displayUrl(url),
      ...(auth ? { auth } : {}),
      sslVerify: sslVerify(chosen, settings),
      connectTimeoutMs: ms('connect_timeout'),
      readTimeoutMs: ms('read_timeout'),
    };
  }
  for (const key of ['credentialpath', 'configpath', 'sse_customer_key']) {
    if (settings.has(key)) {
      throw unsupported(chosen, settings.get(key)!, `${key} is not supported yet`, key === 'sse_customer_key' ? 'SSE-C objects need `dvc pull`' : 'set AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE in the environment instead');
    }
  }
  if (bool(chosen, settings, 'allow_anonymous_login')) {
    throw unsupported(chosen, settings.get('allow_anonymous_login')!, 'allow_anonymous_login is not supported yet', 'give credentials through the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)');
  }
  const m = /^s3:\/\/([^/]+)\/*(.*?)\/*$/i.exec(url)!;
  const keyId = str(chosen, settings, 'access_key_id');
  const secret = str(chosen, settings, 'secret_access_key');
  if ((keyId === undefined) !== (secret === undefined)) {
    const s = settings.get(keyId === undefined ? 'secret_access_key' : 'access_key_id')!;
    throw new ModelBuildError('DVC_CONFIG_INVALID', `remote "${chosen}" sets ${keyId === undefined ? 'secret_access_key without access_key_id' : 'access_key_id without secret_access_key'}`, {
      file: s.file,
      line: s.line,
      hint: 'set both (in .dvc/config.local, which is not committed), or neither and use the environment',
    });
  }
  const session = str(chosen, settings, 'session_token');
  const endpoint = str(chosen, settings, 'endpointurl');
  return {
    ...base,
    kind: 's3',
    bucket: m[1]!,
    prefix: m[2]!,
    display: `s3://${m[1]}${m[2] ? `/${m[2]}` : ''}${endpoint ? ` at ${displayUrl(endpoint)}` : ''}`,
    ...(endpoint ? { endpoint } : {}),
    ...(settings.has('region') ? { region: str(chosen, settings, 'region') } : {}),
    ...(settings.has('profile') ? { profile: str(chosen, settings, 'profile') } : {}),
    ...(keyId !== undefined ? { credentials: { accessKeyId: keyId, secretAccessKey: secret!, ...(session ? { sessionToken: session } : {}) } } : {}),
    sslVerify: sslVerify(chosen, settings),
    connectTimeoutMs: ms('connect_timeout'),
    readTimeoutMs: ms('read_timeout'),
  };
}
