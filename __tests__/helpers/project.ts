import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './cli.js';
import { makeRepo } from './repo.js';

export const penguinsCsv = readFileSync(path.join(projectRoot, 'examples/penguins/data/penguins.csv'), 'utf8');

/** The penguins example in a fresh git repository, with a shorter training run for tests. */
export function penguinsRepo(overrides: { config?: string; files?: Record<string, string | Buffer> } = {}): string {
  return makeRepo({
    '.gitignore': 'model-build-out/\n',
    'data/penguins.csv': penguinsCsv,
    'model-build.yml':
      overrides.config ??
      [
        'name: penguins',
        'seed: 7',
        'data:',
        '  path: data/penguins.csv',
        '  label: species',
        '  cleaning:',
        '    impute: { sex: mode, body_mass_g: median }',
        'model:',
        '  task: multiclass',
        '  hidden: [{ units: 8, activation: relu, dropout: 0.1 }]',
        '  learningRate: 0.02',
        'training:',
        '  epochs: 12',
        '  batchSize: 32',
        '  backend: wasm',
        'gates:',
        '  accuracy: ">= 0.9"',
        '',
      ].join('\n'),
    ...overrides.files,
  });
}

/** Deterministic synthetic rows (no Math.random): a linear signal plus bounded noise. */
export function syntheticCsv(rows: number, kind: 'binary' | 'regression'): string {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const lines = ['x1,x2,color,target'];
  for (let i = 0; i < rows; i++) {
    const x1 = next() * 10 - 5;
    const x2 = next() * 4;
    const color = ['red', 'green', 'blue'][Math.floor(next() * 3)]!;
    const signal = 2 * x1 - x2 + (color === 'red' ? 3 : 0) + (next() - 0.5);
    const target = kind === 'binary' ? (signal > 0 ? 'yes' : 'no') : signal.toFixed(3);
    lines.push(`${x1.toFixed(3)},${x2.toFixed(3)},${color},${target}`);
  }
  return `${lines.join('\n')}\n`;
}
