import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ModelBuildError } from '../src/core/errors.js';
import { parseCsv, parseJsonRecords, readTable, type CsvRecord, type ReadOptions } from '../src/core/data/index.js';
import { tempDir, writeFiles } from './helpers/repo.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vega = path.join(root, 'node_modules/vega-datasets/data');

async function failure(promise: Promise<unknown>): Promise<ModelBuildError> {
  try {
    await promise;
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ModelBuildError');
}

/** Records of parseCsv as plain `[line, fields, quoted?]` triples, easy to compare. */
async function csv(chunks: Array<Buffer | string>, delimiter?: string): Promise<Array<[number, string[]]>> {
  const out: Array<[number, string[]]> = [];
  for await (const r of parseCsv(chunks, { delimiter, display: 'in.csv' })) out.push([r.line, r.fields]);
  return out;
}

async function csvRecords(text: string): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of parseCsv([text])) out.push(r);
  return out;
}

/** Writes `files` to a fresh folder and reads `name` from it, named as `name` in errors. */
async function read(files: Record<string, string | Buffer>, name: string, options: ReadOptions = {}) {
  const dir = tempDir('mb-data-');
  writeFiles(dir, files);
  return readTable(path.join(dir, name), { display: name, ...options });
}

const readFails = (files: Record<string, string | Buffer>, name: string, options: ReadOptions = {}) =>
  failure(read(files, name, options));

/** file:line: message, without the hint. */
const where = (e: ModelBuildError) => e.format().split('\n')[0];

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, line breaks and doubled quotes, reporting start lines', async () => {
    const text = 'a,b,c\n1,"x,y",3\n"multi\nline","say ""hi""",\n4,,"6"\n';
    expect(await csv([text])).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x,y', '3']],
      [3, ['multi\nline', 'say "hi"', '']],
      [5, ['4', '', '6']],
    ]);
  });

  it('handles CRLF, lone CR, a BOM, blank lines and a last line without a line break', async () => {
    expect(await csv(['\uFEFFa,b\r\n\r\n1,2\r\n\n3,4'])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [5, ['3', '4']],
    ]);
    expect(await csv([Buffer.from('\uFEFFa,b\r1,2\r', 'utf8')])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    // CRLF inside a quoted field is kept and counted as one line.
    expect(await csv(['"a\r\nb",c\r\nd,e'])).toEqual([
      [1, ['a\r\nb', 'c']],
      [3, ['d', 'e']],
    ]);
  });

  it('keeps empty fields: trailing delimiters, a quoted empty field on its own line', async () => {
    expect(await csv(['a,b,\n""\n,\n'])).toEqual([
      [1, ['a', 'b', '']],
      [2, ['']],
      [3, ['', '']],
    ]);
    expect(await csv(['a,b,'])).toEqual([[1, ['a', 'b', '']]]);
    expect(await csv([''])).toEqual([]);
    expect(await csv(['\n\r\n'])).toEqual([]);
  });

  it('marks quoted fields, so readers can tell "" from an unquoted empty field', async () => {
    const [plain, quoted] = await csvRecords('a,b\n"x",y\n');
    expect(plain!.quoted).toBeUndefined();
    expect(quoted!.quoted).toEqual([true]);
  });

  it('takes other delimiters, including tab', async () => {
    expect(await csv(['a;b\n"1;2";3\n'], ';')).toEqual([
      [1, ['a', 'b']],
      [2, ['1;2', '3']],
    ]);
    expect(await csv(['a\tb\n1\t2\n'], '\t')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    const e = await failure(csv(['a'], ';;'));
    expect(e.code).toBe('DATA_INVALID');
    expect(e.message).toBe('the CSV delimiter must be one character other than a quote or line break, got ";;"');
  });

  it('gives the same records however the bytes are split into chunks', async () => {
    const text = [
      '\uFEFFname,"city, country",note\r\n',
      'Zoë,"Zürich, CH","says ""grüezi""\r\nthen leaves"\r\n',
      '\r\n',
      '李,東京,😀 emoji\n',
      '"",,"x"\r',
      'last,"row","no newline"',
    ].join('');
    const bytes = Buffer.from(text, 'utf8');
    const whole = await csv([bytes]);
    expect(whole).toEqual([
      [1, ['name', 'city, country', 'note']],
      [2, ['Zoë', 'Zürich, CH', 'says "grüezi"\r\nthen leaves']],
      [5, ['李', '東京', '😀 emoji']],
      [6, ['', '', 'x']],
      [7, ['last', 'row', 'no newline']],
    ]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await csv([bytes.subarray(0, cut), bytes.subarray(cut)]), `split at byte ${cut}`).toEqual(whole);
    }
    const oneByOne = Array.from(bytes, (b) => Buffer.from([b]));
    expect(await csv(oneByOne)).toEqual(whole);
    // String chunks too, split anywhere (even between the halves of a surrogate pair).
    const str = text;
    for (let cut = 0; cut <= str.length; cut++) {
      expect(await csv([str.slice(0, cut), str.slice(cut)]), `split at char ${cut}`).toEqual(whole);
    }
    expect(await csv(Array.from(str, (c) => c))).toEqual(whole);
  });

  it('fails on a quoted field that never ends, naming the line where it starts', async () => {
    const e = await failure(csv(['a,b\n1,2\n3,"open\nstill open\n']));
    expect(e.code).toBe('DATA_INVALID');
    expect(where(e)).toBe('in.csv:3: a quoted field starts here but never ends');
    expect(e.hint).toContain('""');
  });

  it('fails on text after a closing quote, but allows spaces there', async () => {
    expect(await csv(['"a" ,b\n'])).toEqual([[1, ['a', 'b']]]);
    const e = await failure(csv(['a,b\n"x"y,z\n']));
    expect(where(e)).toBe('in.csv:2: unexpected "y" after the closing quote of a field');
  });

  it('fails on bytes that are not UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\nx,'), Buffer.from([0xe9]), Buffer.from('t\u00e9\n')]);
    const e = await failure(csv([bytes]));
    expect(where(e)).toBe('in.csv:3: not valid UTF-8 text');
    expect(e.hint).toContain('UTF-8');
    // A character cut off by the end of the input is invalid too.
    const cut = await failure(csv([Buffer.from('a\n'), Buffer.from([0xc3])]));
    expect(where(cut)).toBe('in.csv:2: not valid UTF-8 text');
  });
});

describe('parseJsonRecords', () => {
  const records = async (chunks: string[], format: 'jsonl' | 'json') => {
    const out: Array<[number, Record<string, unknown>]> = [];
    for await (const r of parseJsonRecords(chunks, format, 'in.jsonl')) out.push([r.line, r.record]);
    return out;
  };

  it('streams JSON Lines across chunk boundaries, skipping blank lines', async () => {
    const text = '{"a":1,"b":"é"}\r\n\n  \n{"a":2}\n{"b":null}';
    const whole = await records([text], 'jsonl');
    expect(whole).toEqual([
      [1, { a: 1, b: 'é' }],
      [4, { a: 2 }],
      [5, { b: null }],
    ]);
    for (let cut = 0; cut <= text.length; cut++) expect(await records([text.slice(0, cut), text.slice(cut)], 'jsonl')).toEqual(whole);
  });

  it('names the line of invalid JSON or of a value that is not an object', async () => {
    const bad = await failure(records(['{"a":1}\n{"a":1,}\n'], 'jsonl'));
    expect(bad.code).toBe('DATA_INVALID');
    expect(bad.format().split('\n')[0]).toBe('in.jsonl:2:8: not valid JSON: Expected double-quoted property name');
    // Without a position from V8 the line is still named.
    const token = await failure(records(['{"a":1}\n\n{"a":}\n'], 'jsonl'));
    expect(token.format().split('\n')[0]).toMatch(/^in\.jsonl:3: not valid JSON: Unexpected token/);
    const arr = await failure(records(['{"a":1}\n\n[1,2]\n'], 'jsonl'));
    expect(arr.format().split('\n')[0]).toBe('in.jsonl:3: expected a JSON object, found an array');
    const first = await failure(records(['[{"a":1},\n{"a":2}]\n'], 'jsonl'));
    expect(first.hint).toContain('data.format: json');
  });

  it('reads a JSON array of objects, numbering the elements', async () => {
    expect(await records(['[{"a":1},', '{"b":true}]'], 'json')).toEqual([
      [1, { a: 1 }],
      [2, { b: true }],
    ]);
    const notArray = await failure(records(['{"a":1}'], 'json'));
    expect(notArray.format().split('\n')[0]).toBe('in.jsonl: expected a JSON array of objects, found an object');
    const element = await failure(records(['[{"a":1}, 2]'], 'json'));
    expect(element.format().split('\n')[0]).toBe('in.jsonl:2: element 2 of the array is a number, not an object');
    const syntax = await failure(records(['[\n{"a":1},\n{"a" 1}]'], 'json'));
    expect(syntax.format().split('\n')[0]).toBe("in.jsonl:3:6: not valid JSON: Expected ':' after property name");
    const lines = await failure(records(['{"a":1}\n{"a":2}\n'], 'json'));
    expect(lines.hint).toContain('JSON Lines');
  });
});

describe('readTable: formats and files', () => {
  const csvText = 'x,y\n1,a\n2,b\n';

  it('picks the format by extension', async () => {
    const expected = { columns: ['x', 'y'], types: { x: 'number', y: 'string' }, rows: [{ x: 1, y: 'a' }, { x: 2, y: 'b' }] };
    expect(await read({ 'd.csv': csvText }, 'd.csv')).toMatchObject({ ...expected, lines: [2, 3], source: 'd.csv' });
    expect(await read({ 'd.txt': csvText }, 'd.txt')).toMatchObject(expected);
    expect(await read({ 'd.tsv': 'x\ty\n1\ta\n2\tb\n' }, 'd.tsv')).toMatchObject(expected);
    const jsonl = '{"x":1,"y":"a"}\n{"x":2,"y":"b"}\n';
    expect(await read({ 'd.jsonl': jsonl }, 'd.jsonl')).toMatchObject({ ...expected, lines: [1, 2] });
    expect(await read({ 'd.ndjson': jsonl }, 'd.ndjson')).toMatchObject(expected);
    expect(await read({ 'd.json': '[{"x":1,"y":"a"},{"x":2,"y":"b"}]' }, 'd.json')).toMatchObject({ ...expected, lines: [1, 2] });
    // An explicit format wins over the extension, and a delimiter over the .tsv default.
    expect(await read({ 'd.dat': csvText }, 'd.dat', { format: 'csv' })).toMatchObject(expected);
    expect(await read({ 'd.tsv': 'x;y\n1;a\n2;b\n' }, 'd.tsv', { delimiter: ';' })).toMatchObject(expected);
  });

  it('refuses a file whose format it cannot tell', async () => {
    const e = await readFails({ 'd.dat': csvText }, 'd.dat');
    expect(e.code).toBe('DATA_INVALID');
    expect(where(e)).toBe('d.dat: cannot tell the data format from the file name (.dat)');
    expect(e.hint).toContain('data.format');
  });

  it('refuses content that is plainly not text or not the promised format', async () => {
    const nul = await readFails({ 'd.csv': Buffer.from('x,y\n1,\0\n') }, 'd.csv');
    expect(where(nul)).toBe('d.csv: not a text file');
    const gz = await readFails({ 'd.csv': Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]) }, 'd.csv');
    expect(gz.hint).toContain('gzip');
    const utf16 = await readFails({ 'd.csv': Buffer.from('\uFEFFx,y\n1,2\n', 'utf16le') }, 'd.csv');
    expect(where(utf16)).toBe('d.csv: not a text file');
    expect(utf16.hint).toContain('UTF-16');
    const lfs = await readFails({ 'd.csv': 'version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 3\n' }, 'd.csv');
    expect(where(lfs)).toBe('d.csv: this is a Git LFS pointer, not the data');
    expect(lfs.hint).toContain('git lfs pull');
    const json = await readFails({ 'd.csv': '[{"x":1}]' }, 'd.csv');
    expect(where(json)).toBe('d.csv: this looks like JSON, not CSV');
    const html = await readFails({ 'd.csv': '<!DOCTYPE html><html></html>' }, 'd.csv');
    expect(where(html)).toBe('d.csv: this is an HTML page, not data');
  });

  it('reports a missing file as unreadable', async () => {
    const e = await readFails({}, 'nope.csv');
    expect(e.code).toBe('FILE_UNREADABLE');
    expect(where(e)).toBe('nope.csv: cannot read the data: ENOENT');
  });
});

describe('readTable: folders', () => {
  it('reads every data file below a folder in byte order of the paths, and concatenates them', async () => {
    const t = await read(
      {
        'd/b.csv': 'id,v\n3,c\n',
        'd/a.csv': 'id,v\n1,a\n2,b\n',
        'd/a/z.csv': 'id,v\n4,d\n',
        'd/a-b.jsonl': '{"v":"e","id":5}\n',
        'd/B.csv': 'v,id\nf,6\n',
        'd/é.csv': 'id,v\n7,g\n',
        'd/.hidden.csv': 'junk\n',
        'd/._mac.csv': Buffer.from([0, 5, 22, 7]),
        'd/README.md': '# notes',
        'd/empty.csv': 'id,v\n',
      },
      'd',
    );
    // Byte order: "B.csv" < "a-b.jsonl" < "a.csv" < "a/z.csv" < "b.csv" < "empty.csv" < "é.csv".
    expect(t.rows.map((r) => r.id)).toEqual([6, 5, 1, 2, 4, 3, 7]);
    expect(t.columns).toEqual(['v', 'id']);
    expect(t.lines).toEqual([2, 1, 2, 3, 2, 2, 2]);
    expect(t.source).toBe('d');
    expect(t.types).toEqual({ v: 'string', id: 'number' });
  });

  it('follows symlinked files', async () => {
    const dir = tempDir('mb-data-');
    writeFiles(dir, { 'src/x.csv': 'a\n1\n', 'd/y.csv': 'a\n2\n' });
    symlinkSync(path.join(dir, 'src/x.csv'), path.join(dir, 'd/x.csv'));
    const t = await readTable(path.join(dir, 'd'));
    expect(t.rows).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('refuses files with different columns, naming both files and the columns', async () => {
    const e = await readFails({ 'd/1.csv': 'a,b,c\n1,2,3\n', 'd/2.csv': 'a,c,d\n1,2,3\n' }, 'd');
    expect(e.code).toBe('DATA_INVALID');
    expect(where(e)).toBe('d/2.csv: columns differ from d/1.csv: this file lacks "b" and has "d" in addition');
    expect(e.hint).toContain('same columns');
  });

  it('names the file a bad row comes from', async () => {
    const e = await readFails({ 'd/1.csv': 'a,b\n1,x\n', 'd/2.csv': 'a,b\n2,y\nabc,z\n' }, 'd', { columns: { a: 'number' } });
    expect(where(e)).toBe('d/2.csv:3: column "a": "abc" is not a number');
  });

  it('refuses a folder without data files, or without rows', async () => {
    const dir = tempDir('mb-data-');
    mkdirSync(path.join(dir, 'd'));
    writeFiles(dir, { 'd/notes.md': 'x' });
    const none = await failure(readTable(path.join(dir, 'd'), { display: 'd' }));
    expect(where(none)).toBe('d: the folder holds no data files');
    const empty = await readFails({ 'd/1.csv': 'a,b\n', 'd/2.csv': '' }, 'd');
    expect(where(empty)).toBe('d: no data rows');
    expect(empty.hint).toBe('none of the 2 data files in the folder holds a row');
  });

  it('with an explicit format, reads only the files of that format', async () => {
    const t = await read({ 'd/1.csv': 'a\n1\n', 'd/2.jsonl': '{"b":2}\n' }, 'd', { format: 'jsonl' });
    expect(t.rows).toEqual([{ b: 2 }]);
  });
});

describe('readTable: CSV shape', () => {
  it('refuses a header with an empty or duplicate name', async () => {
    const empty = await readFails({ 'd.csv': 'a,,c\n1,2,3\n' }, 'd.csv');
    expect(where(empty)).toBe('d.csv:1: column 2 of the header has no name');
    const trailing = await readFails({ 'd.csv': '\n\na,b,\n1,2,3\n' }, 'd.csv');
    expect(where(trailing)).toBe('d.csv:3: column 3 of the header has no name');
    expect(trailing.hint).toContain('end of the header');
    const dup = await readFails({ 'd.csv': 'a,b, a\n1,2,3\n' }, 'd.csv');
    expect(where(dup)).toBe('d.csv:1: column "a" appears twice in the header (columns 1 and 3)');
  });

  it('refuses a ragged row, with the counts', async () => {
    const more = await readFails({ 'd.csv': 'a,b,c,d,e,f,g\n1,2,3,4,5,6,7\n"x\ny",2,3,4,5\n' }, 'd.csv');
    expect(more.code).toBe('DATA_INVALID');
    expect(where(more)).toBe('d.csv:3: row has 5 fields, the header has 7');
    expect(more.hint).toContain('one field per column');
    const less = await readFails({ 'd.csv': 'a,b\n1,2,3\n' }, 'd.csv');
    expect(where(less)).toBe('d.csv:2: row has 3 fields, the header has 2');
    expect(less.hint).toContain('must be quoted');
  });

  it('refuses an empty file, or a header without rows', async () => {
    for (const [text, hint] of [
      ['', 'the file is empty'],
      ['\n\n', 'the file is empty'],
      ['a,b\n', 'the file has a header line but no rows below it'],
      ['a,b\n\n\n', 'the file has a header line but no rows below it'],
    ]) {
      const e = await readFails({ 'd.csv': text! }, 'd.csv');
      expect(where(e)).toBe('d.csv: no data rows');
      expect(e.hint).toBe(hint);
    }
    expect(where(await readFails({ 'd.jsonl': '\n' }, 'd.jsonl'))).toBe('d.jsonl: no data rows');
    expect(where(await readFails({ 'd.json': '[]' }, 'd.json'))).toBe('d.json: no data rows');
  });

  it('trims header names but keeps cell text as written', async () => {
    const t = await read({ 'd.csv': ' a , b \n x ,"  y"\n' }, 'd.csv');
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.rows).toEqual([{ a: ' x ', b: '  y' }]);
  });
});

describe('readTable: values and types', () => {
  it('reads NA, N/A, null, NULL, None and empty or blank unquoted cells as missing', async () => {
    const t = await read({ 'd.csv': 'n,s\n1,a\nNA,NA\n N/A ,null\nNULL,None\n,\n  ,"  "\n""," "\n' }, 'd.csv');
    expect(t.types).toEqual({ n: 'number', s: 'string' });
    expect(t.rows.map((r) => r.n)).toEqual([1, null, null, null, null, null, null]);
    // A quoted blank is text; an unquoted blank is missing.
    expect(t.rows.map((r) => r.s)).toEqual(['a', null, null, null, null, '  ', ' ']);
  });

  it('infers number, boolean, string and empty columns', async () => {
    const t = await read(
      { 'd.csv': 'n,b,s,e,z\n-1.5e3,TRUE,x,,007\n+2,false,1,NA,1\n.5,True,2,,2\n3.,,3,,3\n' },
      'd.csv',
    );
    expect(t.types).toEqual({ n: 'number', b: 'boolean', s: 'string', e: 'empty', z: 'number' });
    expect(t.rows).toEqual([
      { n: -1500, b: true, s: 'x', e: null, z: 7 },
      { n: 2, b: false, s: '1', e: null, z: 1 },
      { n: 0.5, b: true, s: '2', e: null, z: 2 },
      { n: 3, b: null, s: '3', e: null, z: 3 },
    ]);
  });

  it('does not take hex, underscores or other texts Number() would accept as numbers', async () => {
    const t = await read({ 'd.csv': 'a,b,c\n0x1F,1_000,1\n0b1,2,0o7\n' }, 'd.csv');
    expect(t.types).toEqual({ a: 'string', b: 'string', c: 'string' });
    expect(t.rows[0]).toEqual({ a: '0x1F', b: '1_000', c: '1' });
  });

  it('refuses a mostly numeric column with some text, naming the first offending cell', async () => {
    // 18 of 20 values are numbers: the first text is named, on its own line.
    const ages = Array.from({ length: 20 }, (_, i) => String(20 + i));
    ages[14] = 'unknown';
    ages[17] = 'n/a?';
    const e = await readFails({ 'd.csv': `id,age\n${ages.map((v, i) => `${i},${v}`).join('\n')}\n` }, 'd.csv');
    expect(e.code).toBe('DATA_INVALID');
    expect(where(e)).toBe('d.csv:16: column "age": "unknown" is not a number, unlike 90% of the column\'s values');
    expect(e.hint).toBe('fix the value (leave the cell empty for a missing value), or set data.columns.age: string in the config to treat the column as text');
    const ten = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'unknown'];
    const e10 = await readFails({ 'd.csv': `Age (y)\n${ten.join('\n')}\n` }, 'd.csv');
    expect(where(e10)).toBe('d.csv:11: column "Age (y)": "unknown" is not a number, unlike 90% of the column\'s values');
    expect(e10.hint).toContain('data.columns["Age (y)"]: string');
    // Below 90% it is a text column; an explicit string or category override disables the check.
    const eight = await read({ 'd.csv': `a\n${ten.slice(2).join('\n')}\n` }, 'd.csv');
    expect(eight.types.a).toBe('string');
    const asText = await read({ 'd.csv': `a\n${ten.join('\n')}\n` }, 'd.csv', { columns: { a: 'string' } });
    expect(asText.rows.map((r) => r.a)).toEqual(ten);
    const asCategory = await read({ 'd.csv': `a\n${ten.join('\n')}\n` }, 'd.csv', { columns: { a: 'category' } });
    expect(asCategory.types.a).toBe('category');
  });

  it('refuses NaN and Infinity in a number column', async () => {
    for (const bad of ['NaN', 'Infinity', '-Infinity', 'inf', '1e999']) {
      const e = await readFails({ 'd.csv': `x\n1\n${bad}\n3\n` }, 'd.csv');
      expect(where(e), bad).toBe('d.csv:3: column "x" holds NaN/Infinity');
      expect(e.hint).toBe('leave the cell empty for a missing value');
    }
    const json = await readFails({ 'd.jsonl': '{"x":1}\n{"x":1e400}\n' }, 'd.jsonl');
    expect(where(json)).toBe('d.jsonl:2: column "x" holds NaN/Infinity');
    const forced = await readFails({ 'd.csv': 'x\nabc\nNaN\n' }, 'd.csv', { columns: { x: 'number' } });
    expect(where(forced)).toBe('d.csv:2: column "x": "abc" is not a number');
  });

  it('applies type overrides', async () => {
    const text = 'zip,flag,n,c\n00501,1,1,2\n02134,0,2.5,3\n,true,,\n';
    const t = await read({ 'd.csv': text }, 'd.csv', { columns: { zip: 'string', flag: 'boolean', n: 'number', c: 'category' } });
    expect(t.types).toEqual({ zip: 'string', flag: 'boolean', n: 'number', c: 'category' });
    expect(t.rows).toEqual([
      { zip: '00501', flag: true, n: 1, c: '2' },
      { zip: '02134', flag: false, n: 2.5, c: '3' },
      { zip: null, flag: true, n: null, c: null },
    ]);
    const notNumber = await readFails({ 'd.csv': 'x\n1\nabc\n' }, 'd.csv', { columns: { x: 'number' } });
    expect(notNumber.code).toBe('DATA_INVALID');
    expect(where(notNumber)).toBe('d.csv:3: column "x": "abc" is not a number');
    expect(notNumber.hint).toBe('fix the value, or leave the cell empty for a missing value (data.columns.x is number in the config)');
    const notBool = await readFails({ 'd.csv': 'x\ntrue\nyes\n' }, 'd.csv', { columns: { x: 'boolean' } });
    expect(where(notBool)).toBe('d.csv:3: column "x": "yes" is not a boolean');
    const unknown = await readFails({ 'd.csv': 'label,x\n1,2\n' }, 'd.csv', { columns: { lable: 'string' } });
    expect(where(unknown)).toBe('d.csv: data.columns names "lable", which is not a column of the data');
    expect(unknown.hint).toBe('did you mean "label"?');
  });

  it('types JSON records: union of keys in first-seen order, absent keys missing', async () => {
    const t = await read(
      { 'd.jsonl': '{"a":1,"b":true,"s":"x"}\n{"c":"NA","a":2.5,"s":3}\n{"b":"FALSE","a":null,"s":"","c":null}\n' },
      'd.jsonl',
    );
    expect(t.columns).toEqual(['a', 'b', 's', 'c']);
    expect(t.types).toEqual({ a: 'number', b: 'boolean', s: 'string', c: 'empty' });
    expect(t.rows).toEqual([
      { a: 1, b: true, s: 'x', c: null },
      { a: 2.5, b: null, s: '3', c: null },
      { a: null, b: false, s: null, c: null },
    ]);
    const cat = await read({ 'd.json': '[{"k":1},{"k":2},{"k":"x"},{"k":true}]' }, 'd.json', { columns: { k: 'category' } });
    expect(cat.rows.map((r) => r.k)).toEqual(['1', '2', 'x', 'true']);
    // Inherited names are ordinary keys, never Object.prototype members.
    const proto = await read({ 'd.jsonl': '{"a":1}\n{"constructor":"x","a":2}\n' }, 'd.jsonl');
    expect(proto.rows[0]).toEqual({ a: 1, constructor: null });
  });

  it('refuses nested JSON values and bad JSON, naming the line', async () => {
    const nested = await readFails({ 'd.jsonl': '{"a":1}\n{"a":{"b":2}}\n' }, 'd.jsonl');
    expect(where(nested)).toBe('d.jsonl:2: column "a" holds an object, not a single value');
    const arr = await readFails({ 'd.json': '[{"a":1},{"a":[1]}]' }, 'd.json');
    expect(where(arr)).toBe('d.json:2: column "a" holds an array, not a single value');
    const syntax = await readFails({ 'd.jsonl': '{"a":1}\n{"a":1,}\n' }, 'd.jsonl');
    expect(where(syntax)).toMatch(/^d\.jsonl:2:8: not valid JSON: /);
    const emptyKey = await readFails({ 'd.jsonl': '{"a":1,"":2}\n' }, 'd.jsonl');
    expect(where(emptyKey)).toBe('d.jsonl:1: a key of the record ("") has no name');
    // A column named __proto__ would set the rows' prototype instead of a value.
    const proto = await readFails({ 'd.jsonl': '{"a":1}\n{"__proto__":2}\n' }, 'd.jsonl');
    expect(where(proto)).toBe('d.jsonl:2: "__proto__" cannot be a column name');
    const protoCsv = await readFails({ 'd.csv': 'a,__proto__\n1,2\n' }, 'd.csv');
    expect(where(protoCsv)).toBe('d.csv:1: "__proto__" cannot be a column name');
  });
});

describe('readTable: real data', () => {
  const lineCount = (file: string) => Number(execFileSync('wc', ['-l', file], { encoding: 'utf8' }).trim().split(/\s+/)[0]);

  it('reads vega-datasets CSVs: row counts match wc -l minus the header, types are inferred', async () => {
    const weather = path.join(vega, 'seattle-weather.csv');
    const t = await readTable(weather, { display: 'seattle-weather.csv' });
    expect(t.rows.length).toBe(lineCount(weather) - 1);
    expect(t.types).toEqual({ date: 'string', precipitation: 'number', temp_max: 'number', temp_min: 'number', wind: 'number', weather: 'string' });
    expect(t.rows[0]).toEqual({ date: '2012-01-01', precipitation: 0, temp_max: 12.8, temp_min: 5, wind: 4.7, weather: 'drizzle' });
    expect(t.lines.at(-1)).toBe(lineCount(weather));

    // Quoted names with commas.
    const airports = path.join(vega, 'airports.csv');
    const a = await readTable(airports);
    expect(a.rows.length).toBe(lineCount(airports) - 1);
    expect(a.types).toMatchObject({ iata: 'string', name: 'string', latitude: 'number', longitude: 'number' });
    expect(a.rows.find((r) => r.iata === '35A')?.name).toBe('Union County, Troy Shelton');

    const tsv = path.join(vega, 'unemployment.tsv');
    const u = await readTable(tsv);
    expect(u.rows.length).toBe(lineCount(tsv) - 1);
    expect(u.types).toEqual({ id: 'number', rate: 'number' });
  });

  it('reads a vega-datasets JSON array with missing values', async () => {
    const t = await readTable(path.join(vega, 'cars.json'));
    expect(t.rows.length).toBe(406);
    expect(t.types).toMatchObject({ Name: 'string', Miles_per_Gallon: 'number', Horsepower: 'number', Year: 'string' });
    expect(t.rows.filter((r) => r.Miles_per_Gallon === null).length).toBe(8);
    expect(t.rows.filter((r) => r.Horsepower === null).length).toBe(6);
  });

  it('reads the penguins example', async () => {
    const t = await readTable(path.join(root, 'examples/penguins/data/penguins.csv'), { display: 'data/penguins.csv' });
    expect(t.rows.length).toBe(344);
    expect(t.source).toBe('data/penguins.csv');
    expect(t.types).toEqual({
      species: 'string',
      island: 'string',
      bill_length_mm: 'number',
      bill_depth_mm: 'number',
      flipper_length_mm: 'number',
      body_mass_g: 'number',
      sex: 'string',
    });
    expect(t.rows[0]).toEqual({ species: 'Adelie', island: 'Torgersen', bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750, sex: 'male' });
    expect(t.rows[3]).toEqual({ species: 'Adelie', island: 'Torgersen', bill_length_mm: null, bill_depth_mm: null, flipper_length_mm: null, body_mass_g: null, sex: null });
    expect(t.rows.filter((r) => r.body_mass_g === null).length).toBe(2);
    expect(t.rows.filter((r) => r.sex === null).length).toBe(11);
    expect(new Set(t.rows.map((r) => r.species))).toEqual(new Set(['Adelie', 'Chinstrap', 'Gentoo']));
  });
});
