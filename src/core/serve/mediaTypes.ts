/**
 * Which body formats the server reads (by Content-Type) and writes (by Accept). Parsing is
 * deliberately small: a media type, its parameters, and Accept's q-values (RFC 9110 §12.5.1).
 */
import { HttpError } from './httpError.js';

/** How a request body holds records. */
export type BodyFormat = 'json' | 'jsonl' | 'csv' | 'tsv';
/** How predictions are written back. */
export type ResponseFormat = 'json' | 'jsonl';

const BODY_TYPES: Readonly<Record<string, BodyFormat>> = {
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/jsonlines': 'jsonl',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
};

/** Response content types, by format. */
export const RESPONSE_TYPES: Readonly<Record<ResponseFormat, string>> = {
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

const ACCEPTED = (): string =>
  'send application/json (an array of records, or one record), application/x-ndjson or application/jsonl (one record per line), or text/csv (a header row, then one record per line)';

interface MediaType {
  type: string;
  params: Map<string, string>;
}

function parseMediaType(text: string): MediaType {
  const [type = '', ...rest] = text.split(';');
  const params = new Map<string, string>();
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    params.set(p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return { type: type.trim().toLowerCase(), params };
}

/** A header value as it appears in a message: quoted and clipped. */
const shown = (v: string) => JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);

/** The body format a request's Content-Type (and Content-Encoding) names; 415 otherwise. */
export function bodyFormatOf(contentType: string | undefined, contentEncoding: string | undefined): BodyFormat {
  if (contentEncoding !== undefined && contentEncoding.trim().toLowerCase() !== 'identity') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Encoding ${shown(contentEncoding)} is not supported: the server reads uncompressed bodies`, {
      hint: 'send the body uncompressed (a compressing proxy in front of the server can decompress it)',
    });
  }
  if (contentType === undefined || contentType.trim() === '') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'the request has no Content-Type: the server reads records by their media type', { hint: ACCEPTED() });
  }
  const media = parseMediaType(contentType);
  const format = Object.hasOwn(BODY_TYPES, media.type) ? BODY_TYPES[media.type] : undefined;
  if (!format) throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type ${shown(contentType)} is not a format the server reads`, { hint: ACCEPTED() });
  const charset = media.params.get('charset')?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `charset ${shown(charset)} is not supported: the server reads UTF-8`, { hint: 'encode the body as UTF-8 (and say charset=utf-8, or nothing)' });
  }
  return format;
}

/**
 * The response format Accept prefers: JSON unless JSON Lines ranks higher. 406 when Accept
 * names only types the server cannot write (errors are still JSON, as clients must read them).
 */
export function responseFormatOf(accept: string | undefined): ResponseFormat {
  if (accept === undefined || accept.trim() === '') return 'json';
  let best: { format: ResponseFormat; q: number } | undefined;
  for (const part of accept.split(',')) {
    if (part.trim() === '') continue;
    const media = parseMediaType(part);
    const qText = media.params.get('q');
    const q = qText === undefined ? 1 : Number(qText);
    if (!(q > 0 && q <= 1)) continue;
    const format: ResponseFormat | undefined =
      media.type === 'application/json' || media.type === 'application/*' || media.type === '*/*'
        ? 'json'
        : BODY_TYPES[media.type] === 'jsonl'
          ? 'jsonl'
          : undefined;
    // Ties keep the earlier entry; JSON wins a tie with a wildcard by coming from the wildcard first.
    if (format && (!best || q > best.q)) best = { format, q };
  }
  if (!best) {
    throw new HttpError(406, 'NOT_ACCEPTABLE', `Accept ${shown(accept)} names no type the server writes`, {
      hint: 'accept application/json ({"predictions": [...]}) or application/x-ndjson (one prediction per line)',
    });
  }
  return best.format;
}
