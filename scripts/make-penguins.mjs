// Regenerates examples/penguins/data/penguins.csv from the copy of the Palmer penguins data
// (CC0) that ships in the vega-datasets npm package. Column names follow the R package
// palmerpenguins. Run: node scripts/make-penguins.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const rows = JSON.parse(readFileSync('node_modules/vega-datasets/data/penguins.json', 'utf8'));
const columns = [
  ['species', 'Species'],
  ['island', 'Island'],
  ['bill_length_mm', 'Beak Length (mm)'],
  ['bill_depth_mm', 'Beak Depth (mm)'],
  ['flipper_length_mm', 'Flipper Length (mm)'],
  ['body_mass_g', 'Body Mass (g)'],
  ['sex', 'Sex'],
];
const cell = (v) => (v === null || v === undefined || v === '.' ? '' : String(v));
const lines = [columns.map(([name]) => name).join(',')];
for (const r of rows) lines.push(columns.map(([, key]) => cell(r[key]).replace(/^MALE$/, 'male').replace(/^FEMALE$/, 'female')).join(','));
writeFileSync('examples/penguins/data/penguins.csv', `${lines.join('\n')}\n`);
console.log(`wrote ${rows.length} rows`);
