import path from 'node:path';
import { DefaultArtifactClient, NetworkError, UsageError } from '@actions/artifact';
import { ModelBuildError } from '../core/errors.js';

export interface UploadedArtifact {
  id: number;
  url: string;
  size: number;
}

/** The web page of an artifact of this workflow run. */
export function artifactUrl(id: number): string {
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  return `${server}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}/artifacts/${id}`;
}

/** Uploads the package and its provenance statement as one workflow artifact. */
export async function uploadPackage(files: string[], name: string, retentionDays: number | undefined): Promise<UploadedArtifact> {
  const client = new DefaultArtifactClient();
  const root = path.dirname(files[0]!);
  try {
    const r = await client.uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {});
    if (r.id === undefined) throw new Error('the artifact service returned no artifact id');
    return { id: r.id, url: artifactUrl(r.id), size: r.size ?? 0 };
  } catch (e) {
    if (e instanceof UsageError) {
      throw new ModelBuildError('INTERNAL', 'artifact storage quota reached: the package could not be uploaded', {
        hint: 'delete old artifacts or lower retention-days; or set upload: false and keep the package from package-path',
      });
    }
    if (e instanceof NetworkError) {
      throw new ModelBuildError('INTERNAL', `could not reach the artifact service (${e.code}): the package was built but not uploaded`, {
        hint: 're-run the job; the package is still at the package-path output for this run',
      });
    }
    throw new ModelBuildError('INTERNAL', `uploading the artifact "${name}" failed: ${(e as Error).message}`, {
      hint: 're-run the job; the package is still at the package-path output for this run',
    });
  }
}
