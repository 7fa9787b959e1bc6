import { writeFileSync } from 'node:fs';
import type { WrittenPackage } from './writePackage.js';

/** Run-specific facts: they vary between identical builds, so they live beside the archive. */
export interface RunDetails {
  /** Who built it, as a URI (e.g. the workflow, or `model-build/cli`). */
  builderId: string;
  /** The CI run (e.g. `<run id>/<attempt>`), when there is one. */
  invocationId?: string;
  startedOn: Date;
  finishedOn: Date;
  /** How the build was asked for (config path, backend, flags). */
  externalParameters: Record<string, unknown>;
  /** How the builder resolved them on this host (e.g. why a faster backend was not used). */
  internalParameters?: Record<string, unknown>;
}

/** An in-toto Statement v1 with a SLSA provenance v1 predicate about the archive. */
export function provenanceStatement(pkg: WrittenPackage, run: RunDetails): object {
  const m = pkg.metadata;
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: pkg.archive.split(/[\\/]/).pop(), digest: { sha256: pkg.digest.slice('sha256:'.length) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'urn:model-build:build:v1',
        externalParameters: run.externalParameters,
        internalParameters: { seed: m.training.seed, backend: m.training.backend, node: m.environment.node, ...run.internalParameters },
        resolvedDependencies: [
          {
            uri: m.code.repository ? `git+${m.code.repository}${m.code.ref ? `@${m.code.ref}` : ''}` : 'git+local',
            digest: { gitCommit: m.code.commit, gitTree: m.code.tree },
          },
          ...m.data
            .filter((d) => d.hash)
            .map((d) => {
              const [algo, value] = d.hash!.split(':') as [string, string];
              return { uri: d.path, digest: { [algo]: value } };
            }),
        ],
      },
      runDetails: {
        builder: { id: run.builderId, version: { 'model-build': m.createdBy.version } },
        metadata: {
          ...(run.invocationId ? { invocationId: run.invocationId } : {}),
          startedOn: run.startedOn.toISOString(),
          finishedOn: run.finishedOn.toISOString(),
        },
        byproducts: [{ name: 'contents', digest: { sha256: pkg.contentDigest.slice('sha256:'.length) } }],
      },
    },
  };
}

/** The provenance file that sits beside an archive: `<archive minus .zip>.provenance.intoto.json`. */
export const provenanceFileFor = (archive: string): string => archive.replace(/\.zip$/, '') + '.provenance.intoto.json';

/** The statement as the file's text. */
export const provenanceText = (pkg: WrittenPackage, run: RunDetails): string => `${JSON.stringify(provenanceStatement(pkg, run), null, 2)}\n`;

/** Writes `<archive minus .zip>.provenance.intoto.json` and returns its path (library use). */
export function writeProvenance(pkg: WrittenPackage, run: RunDetails): string {
  const file = provenanceFileFor(pkg.archive);
  writeFileSync(file, provenanceText(pkg, run));
  return file;
}
