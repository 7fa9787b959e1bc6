/**
 * Hostile input to performance monitoring: `monitor --package --data` with labels in the data
 * or in a separate `--labels FILE --join COLUMN`. One real penguins package, built once; each
 * case is a real repository and one CLI run (helpers/hostile.ts): the exit code, a first line
 * naming the file or setting, no stack trace, nothing written.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { runHostile, type HostileCase } from '../helpers/hostile.js';
import { penguinsRepo } from '../helpers/project.js';

let built: Buffer | undefined;
/** A penguins package (multiclass, gate accuracy ≥ 0.9), built once for the file. */
function pkg(): Buffer {
  if (built) return built;
  const root = penguinsRepo();
  const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
  if (r.code !== 0) throw new Error(`the shared build failed:\n${r.stdout}\n${r.stderr}`);
  built = readFileSync((JSON.parse(r.stdout) as { package: { archive: string } }).package.archive);
  return built;
}

const FEATURES = 'island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex';
const ROWS = ['Biscoe,47.5,14.2,217,5200,female', 'Dream,39.5,17.8,188,3300,female', 'Torgersen,40.3,18,195,3250,female'];
/** New data with an id column (p1, p2, p3). */
const DATA = `id,${FEATURES}\n${ROWS.map((r, i) => `p${i + 1},${r}`).join('\n')}\n`;
const LABELS = 'id,species\np1,Gentoo\np2,Adelie\np3,Adelie\n';

/** A repository with the package, the data and `files`. */
const world = (files: Record<string, string | Buffer> = {}) => ({
  get files() {
    return { 'pkg.zip': pkg(), 'new.csv': DATA, ...files };
  },
});
const monitor = (...more: string[]) => () => ['monitor', '--package', 'pkg.zip', '--data', 'new.csv', ...more];
const joined = (labels = 'labels.csv', ...more: string[]) => monitor('--labels', labels, '--join', 'id', ...more);
const mkfifo = (rel: string) => (root: string) => execFileSync('mkfifo', [path.join(root, rel)]);

const cases: HostileCase[] = [
  // ---- the command line -------------------------------------------------------------------
  { name: '--labels without --join', ...world({ 'labels.csv': LABELS }), args: monitor('--labels', 'labels.csv'), code: 2, names: '--join' },
  { name: '--join without --labels', ...world(), args: monitor('--join', 'id'), code: 2, names: '--labels' },
  { name: '--labels with --profile instead of --package', files: { 'ref.json': '{}', 'new.csv': DATA, 'labels.csv': LABELS }, args: () => ['monitor', '--profile', 'ref.json', '--data', 'new.csv', '--labels', 'labels.csv', '--join', 'id'], code: 2, names: '--package' },
  { name: '--labels with no value', ...world(), args: monitor('--labels'), code: 2, names: '--labels' },
  // ---- the labels file itself ---------------------------------------------------------------
  { name: '--labels names a missing file', ...world(), args: joined('nope.csv'), code: 2, names: 'nope.csv' },
  { name: '--labels is a folder', ...world({ 'labels.csv/x': 'y' }), args: joined(), code: 2, names: 'labels.csv', says: 'folder' },
  { name: '--labels is /dev/zero', ...world(), args: joined('/dev/zero'), code: 2, names: '/dev/zero' },
  { name: '--labels is a FIFO named .csv', ...world(), setup: mkfifo('labels.csv'), args: joined(), code: 2, names: 'labels.csv', says: 'FIFO' },
  { name: '--labels is binary, not CSV or JSON', ...world({ 'labels.bin': Buffer.from([0, 1, 2, 3, 255]) }), args: joined('labels.bin'), code: 2, names: 'labels.bin' },
  { name: 'a labels CSV row with too many fields', ...world({ 'labels.csv': 'id,species\np1,Gentoo,extra\n' }), args: joined(), code: 2, names: 'labels.csv:2', says: 'fields' },
  // ---- the join -----------------------------------------------------------------------------
  { name: 'a key twice in the labels file', ...world({ 'labels.csv': 'id,species\np1,Gentoo\np2,Adelie\np1,Adelie\n' }), args: joined(), code: 2, names: 'labels.csv:4', says: 'key "p1" in column "id" appears twice (lines 2 and 4)' },
  { name: 'a key twice in the data', ...world({ 'new.csv': `id,${FEATURES}\np1,${ROWS[0]}\np2,${ROWS[1]}\np2,${ROWS[2]}\n`, 'labels.csv': LABELS }), args: joined(), code: 2, names: 'new.csv:4', says: 'key "p2" in column "id" appears twice (lines 3 and 4)' },
  { name: 'the labels file has no join column', ...world({ 'labels.csv': 'key,species\np1,Gentoo\n' }), args: joined(), code: 2, names: 'labels.csv', says: 'no column "id"' },
  { name: 'the labels file has no label column', ...world({ 'labels.csv': 'id,kind\np1,Gentoo\n' }), args: joined(), code: 2, names: 'labels.csv', says: 'no column "species"' },
  { name: 'a labels row with an empty key', ...world({ 'labels.csv': 'id,species\np1,Gentoo\n,Adelie\n' }), args: joined(), code: 2, names: 'labels.csv:3', says: 'no usable value in the join column' },
  { name: 'a JSON Lines label whose key is an object', ...world({ 'labels.jsonl': '{"id":"p1","species":"Gentoo"}\n{"id":{"toString":"p2"},"species":"Adelie"}\n' }), args: joined('labels.jsonl'), code: 2, names: 'labels.jsonl:2', says: 'holds an object' },
  { name: 'a JSON Lines label whose key is null', ...world({ 'labels.jsonl': '{"id":"p1","species":"Gentoo"}\n{"id":null,"species":"Adelie"}\n' }), args: joined('labels.jsonl'), code: 2, names: 'labels.jsonl:2', says: 'no usable value in the join column "id" (null)' },
  { name: 'no data key is in the labels file', ...world({ 'labels.csv': 'id,species\nq1,Gentoo\nq2,Adelie\n' }), args: joined(), code: 2, names: 'labels.csv', says: 'no row of the data has a key' },
  { name: 'every matched label is empty', ...world({ 'labels.csv': 'id,species\np1,\np2,\n' }), args: joined(), code: 2, names: 'labels.csv', says: 'every matched label in the labels file is empty' },
  { name: 'the data has no join column', ...world({ 'new.csv': `${FEATURES}\n${ROWS.join('\n')}\n`, 'labels.csv': LABELS }), args: joined(), code: 2, names: 'new.csv', says: 'the data has no column "id"' },
  { name: '--join "__proto__" (no own key in any record)', ...world({ 'labels.csv': LABELS }), args: monitor('--labels', 'labels.csv', '--join', '__proto__'), code: 2, names: 'labels.csv', says: 'no column "__proto__"' },
  // ---- a gate that fails on the new labels: exit 1, the report names it ----------------------
  { name: 'every label wrong: the accuracy gate fails', ...world({ 'labels.csv': 'id,species\np1,Adelie\np2,Gentoo\np3,Chinstrap\n' }), args: joined(), code: 1, onStdout: true, names: 'GATE FAILED on the new data: accuracy' },
  { name: 'labels in the data, every one wrong', ...world({ 'new.csv': `${FEATURES},species\n${ROWS.map((r) => `${r},Chinstrap`).join('\n')}\n` }), args: monitor(), code: 1, onStdout: true, names: '✗ gate accuracy >= 0.9' },
];

describe('hostile input to performance monitoring (--labels, --join, labels in the data)', () => {
  it('has distinct cases', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runHostile(c);
  }, 180_000);
});
