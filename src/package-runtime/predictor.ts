/**
 * predictor.mjs inside every model package: the model in any JavaScript runtime. Bundled by
 * scripts/bundle.mjs for platform "neutral" (no Node built-ins: browsers, Node, Deno, Bun,
 * Workers), from the same preprocessing and decoding code that `model-build predict` runs;
 * TensorFlow.js stays the bare import `@tensorflow/tfjs`. Its public types are predictor.d.mts,
 * which this file is checked against.
 */
import * as tfjs from '@tensorflow/tfjs';
import { ModelBuildError } from '../core/errors.js';
import { openPredictor, type Predictor } from '../core/predict/predictor.js';
import type { Tf } from '../core/runtime/tensorflow.js';
import type * as Api from './predictor.d.mts';

const FILES = ['preprocessor.json', 'model/model.json', 'model/weights.bin'] as const;
type FileName = (typeof FILES)[number];

/** Loads the model and its fitted preprocessing from a folder URL, files in memory, or a reader. */
export const loadPredictor: (source: Api.PackageSource, options?: Api.LoadPredictorOptions) => Promise<Predictor & Api.Predictor> = async (source, options = {}) => {
  const { read, where } = reader(source, options);
  // Fetched together: three round trips in a browser would be three times the wait.
  const [preprocessor, modelJson, weights] = await Promise.all(FILES.map(async (name) => ({ name, content: await read(name) })));
  const tf = (options.tf ?? tfjs) as Tf;
  const names: Record<string, FileName> = { 'preprocessor.json': 'preprocessor.json', 'model.json': 'model/model.json', 'weights.bin': 'model/weights.bin' };
  return openPredictor(
    tf,
    { preprocessor: asJson(preprocessor!, where), modelJson: asJson(modelJson!, where), weights: asBytes(weights!, where) },
    (name) => where(names[name] ?? (name as FileName)),
  );
};

type Content = Api.PackageFileContent;

function reader(source: Api.PackageSource, options: Api.LoadPredictorOptions): { read: (name: FileName) => Promise<Content>; where: (name: FileName) => string } {
  if (typeof source === 'function') {
    return { read: async (name) => source(name), where: (name) => name };
  }
  if (typeof source === 'string' || source instanceof URL) {
    const base = folderUrl(source);
    const get = options.fetch ?? ((url: URL) => globalThis.fetch(url));
    return {
      where: (name) => new URL(name, base).href,
      read: async (name) => {
        const url = new URL(name, base);
        let response: Awaited<ReturnType<typeof get>>;
        try {
          response = await get(url);
        } catch (e) {
          throw new ModelBuildError('FILE_UNREADABLE', `cannot fetch ${name}: ${(e as Error)?.message ?? String(e)}`, {
            file: url.href,
            hint: url.protocol === 'file:' ? 'this runtime cannot fetch file: URLs (Node cannot): pass a function that reads a file instead, see MODEL_CARD.md' : 'is the package folder served at that URL?',
          });
        }
        if (!response.ok) {
          throw new ModelBuildError('FILE_UNREADABLE', `cannot fetch ${name}: HTTP ${response.status}`, { file: url.href, hint: 'serve the unpacked package folder, and pass the URL of that folder' });
        }
        return response.arrayBuffer();
      },
    };
  }
  if (typeof source === 'object' && source !== null) {
    return {
      where: (name) => name,
      read: async (name) => {
        const content = (source as Partial<Record<FileName, Content | null>>)[name];
        if (content === undefined || content === null) {
          throw new ModelBuildError('USAGE', `the files given to loadPredictor have no "${name}"`, { hint: `pass ${FILES.map((f) => `"${f}"`).join(', ')}` });
        }
        return content;
      },
    };
  }
  throw new ModelBuildError('USAGE', `loadPredictor takes a folder URL, the package's files or a function that reads one, not ${source === null ? 'null' : typeof source}`, {
    hint: "e.g. loadPredictor(new URL('./', import.meta.url)) beside predictor.mjs",
  });
}

/** The folder URL: relative to the page in a browser; a trailing `/` so files resolve inside it. */
function folderUrl(source: string | URL): URL {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  let url: URL;
  try {
    url = base === undefined ? new URL(source) : new URL(source, base);
  } catch {
    throw new ModelBuildError('USAGE', `"${String(source)}" is not a URL`, { hint: "pass an absolute URL here, e.g. new URL('./model/', import.meta.url)" });
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

const isBytes = (v: unknown): v is ArrayBuffer | ArrayBufferView => v instanceof ArrayBuffer || ArrayBuffer.isView(v);

const toUint8 = (v: ArrayBuffer | ArrayBufferView): Uint8Array => (v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength));

function asJson({ name, content }: { name: FileName; content: Content }, where: (name: FileName) => string): unknown {
  if (typeof content !== 'string' && !isBytes(content)) return content;
  const text = typeof content === 'string' ? content : new TextDecoder().decode(toUint8(content));
  try {
    return JSON.parse(text);
  } catch {
    throw new ModelBuildError('MODEL_INVALID', `${name} is not valid JSON`, { file: where(name), hint: 'the package was damaged: fetch or unpack it again' });
  }
}

function asBytes({ name, content }: { name: FileName; content: Content }, where: (name: FileName) => string): Uint8Array {
  if (!isBytes(content)) {
    throw new ModelBuildError('USAGE', `${name} must be bytes (an ArrayBuffer or Uint8Array), not ${typeof content}`, { file: where(name) });
  }
  return toUint8(content);
}
