import { isIP } from 'node:net';
import path from 'node:path';
import type { Backend } from '../core/config/types.js';
import { ModelBuildError } from '../core/errors.js';
import { MAX_BODY_LIMIT, MAX_RECORDS_LIMIT, SERVE_LIMITS, serveModel, type ModelServer, type RequestLog } from '../core/serve/index.js';
import { formatSize } from '../core/util/regularFile.js';
import { shown } from './args.js';
import { styleFor } from './terminal.js';

export interface ServeArgs {
  archive: string;
  host?: string;
  port?: string;
  maxBody?: string;
  maxRecords?: string;
  backend?: Backend;
  strict?: boolean;
  /** Seconds to keep serving after SIGTERM, /health at 503, before the listener closes. */
  drainDelay?: string;
  jsonLogs?: boolean;
  /** Start, answer one real request with the input schema's example record, stop: a smoke test. */
  check?: boolean;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

function usage(message: string, hint: string): ModelBuildError {
  return new ModelBuildError('USAGE', `serve: ${message}`, { hint });
}

export function portOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  // Digits only: Number() would also take "1e3", "0x50" and " 80 ".
  const port = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) throw usage(`--port must be a whole number from 0 to 65535 (got ${shown(text)})`, `0 picks a free port (the startup line says which); the default is ${DEFAULT_PORT}`);
  return port;
}

/** An IP address (IPv6 with or without brackets) or `localhost`: names are not resolved, so what is bound is what was asked. */
export function hostOf(text: string | undefined): string {
  if (text === undefined) return DEFAULT_HOST;
  const bare = /^\[(.*)\]$/.exec(text)?.[1] ?? text;
  if (bare === 'localhost' || isIP(bare) !== 0) return bare;
  throw usage(`--host must be an IP address (got ${shown(text)})`, `${DEFAULT_HOST} (the default) answers this machine only; 0.0.0.0 or :: answers every network interface`);
}

const UNITS: Readonly<Record<string, number>> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

/** `10MiB`, `512KiB`, `1.5MB`, `1048576` (bytes). */
export function sizeOf(text: string | undefined): number {
  if (text === undefined) return SERVE_LIMITS.maxBodyBytes;
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)$/.exec(text.trim());
  const unit = m ? UNITS[(m[2] || 'b').toLowerCase()] : undefined;
  const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!(bytes >= 1 && bytes <= MAX_BODY_LIMIT)) {
    throw usage(`--max-body must be a size from 1 byte to ${formatSize(MAX_BODY_LIMIT)} (got ${shown(text)})`, `write bytes or a unit: 1048576, 512KiB, 10MiB (the default), 1.5MB`);
  }
  return bytes;
}

export function recordsOf(text: string | undefined): number {
  if (text === undefined) return SERVE_LIMITS.maxRecords;
  const n = /^[0-9]{1,8}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= MAX_RECORDS_LIMIT)) {
    throw usage(`--max-records must be a whole number from 1 to ${MAX_RECORDS_LIMIT.toLocaleString('en-US')} (got ${shown(text)})`, `the default is ${SERVE_LIMITS.maxRecords.toLocaleString('en-US')}`);
  }
  return n;
}

/** Most seconds --drain-delay takes: Kubernetes' default grace period is 30 s. */
export const MAX_DRAIN_DELAY_S = 300;

export function drainDelayOf(text: string | undefined): number {
  if (text === undefined) return 0;
  const s = /^[0-9]{1,3}(\.[0-9]{1,3})?$/.test(text) ? Number(text) : NaN;
  if (!(s >= 0 && s <= MAX_DRAIN_DELAY_S)) {
    throw usage(`--drain-delay must be a number of seconds from 0 to ${MAX_DRAIN_DELAY_S} (got ${shown(text)})`, 'a few seconds lets a load balancer stop sending before the listener closes; the default is 0');
  }
  return Math.round(s * 1000);
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

/** One request log line: method, path, status, records, ms (never a body, a query or a header). */
function textLog(e: RequestLog): string {
  const records = e.records === null ? '' : ` ${e.records} record${e.records === 1 ? '' : 's'}`;
  return `${e.method} ${e.path} ${e.status}${e.error ? ` ${e.error}` : ''}${records} ${e.ms} ms`;
}

/**
 * Serves the package until SIGTERM or SIGINT, then drains: exit 0 when every request in flight
 * finished, 1 when the drain bound cut some off (or a second signal did). With --check, answers
 * one real request against itself and stops.
 */
export async function runServe(args: ServeArgs): Promise<number> {
  // Every flag is checked before the package is read or the runtime loads.
  const host = hostOf(args.host);
  const port = portOf(args.port);
  const maxBodyBytes = sizeOf(args.maxBody);
  const maxRecords = recordsOf(args.maxRecords);
  const drainDelayMs = drainDelayOf(args.drainDelay);
  const json = args.jsonLogs === true;
  const err = styleFor(process.stderr);
  const note = (event: string, text: string, fields: Record<string, unknown> = {}) =>
    process.stderr.write(json ? `${JSON.stringify({ event, ...fields })}\n` : `${text}\n`);

  const server = await serveModel(path.resolve(args.archive), {
    host,
    port,
    backend: args.backend,
    strict: args.strict,
    limits: { maxBodyBytes, maxRecords },
    drainDelayMs,
    onRequest: (e) => process.stderr.write(json ? `${JSON.stringify({ event: 'request', ...e })}\n` : `${textLog(e)}\n`),
  });
  // Handlers go in before the startup line: whoever reads it may signal at once.
  const stopped = args.check
    ? undefined
    : new Promise<number>((resolve) => {
        let signals = 0;
        const onSignal = (signal: NodeJS.Signals) => {
          signals++;
          if (signals > 1) {
            note('stopping', `${signal} again: cutting off ${server.inFlight} request${server.inFlight === 1 ? '' : 's'} in flight`, { signal, inFlight: server.inFlight });
            server.closeNow();
            return;
          }
          const inFlight = `${server.inFlight} request${server.inFlight === 1 ? '' : 's'} in flight`;
          note(
            'draining',
            drainDelayMs > 0
              ? `${signal}: /health answers 503; serving ${drainDelayMs / 1000} s more, then not accepting connections and finishing what is in flight (at most ${server.limits.drainTimeoutMs / 1000} s); ${inFlight} now`
              : `${signal}: not accepting connections; finishing ${inFlight} (at most ${server.limits.drainTimeoutMs / 1000} s)`,
            { signal, inFlight: server.inFlight, drainDelayMs },
          );
          void server.close().then(({ cutOff }) => {
            process.off('SIGTERM', onSignal);
            process.off('SIGINT', onSignal);
            note('stopped', cutOff > 0 ? `stopped; ${cutOff} request${cutOff === 1 ? ' was' : 's were'} cut off` : 'stopped', { cutOff });
            resolve(cutOff > 0 || signals > 1 ? 1 : 0);
          });
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
      });
  const m = server.model.metadata;
  const routes = 'POST /predict, GET /health /metadata /schema';
  process.stdout.write(
    json
      ? `${JSON.stringify({ event: 'listening', url: server.url, model: m.name, task: m.task, label: m.label, backend: server.model.runtime.backend, package: server.model.digest, maxBodyBytes, maxRecords, strict: args.strict === true })}\n`
      : `serving ${m.name} (${m.task}, predicts ${m.label}) at ${server.url}  [${routes}; body ≤ ${formatSize(maxBodyBytes)}, ≤ ${maxRecords.toLocaleString('en-US')} records; ${server.model.runtime.backend} backend]\n`,
  );
  if (!isLoopback(host)) {
    note('warning', `${err.yellow('warning:')} listening on ${host}: other machines can reach this server, and it has no authentication or TLS; put it behind a proxy that has both`, { host });
  }
  // No signal handlers with --check: it stops by itself.
  return stopped ?? selfCheck(server, note, json);
}

/** POST /predict with the input schema's example record and GET /health, over real HTTP; prints the prediction. */
async function selfCheck(server: ModelServer, note: (event: string, text: string, fields?: Record<string, unknown>) => void, json: boolean): Promise<number> {
  const schema = server.model.schemas.input as { examples?: unknown[] };
  const record = schema.examples?.[0] ?? {};
  try {
    const health = await fetch(`${server.url}/health`);
    const res = await fetch(`${server.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([record]) });
    const body = await res.text();
    if (!health.ok || !res.ok) {
      note('check-failed', `check failed: GET /health ${health.status}, POST /predict ${res.status}: ${body.trim()}`, { health: health.status, predict: res.status });
      return 1;
    }
    process.stdout.write(
      json ? `${JSON.stringify({ event: 'check', records: [record], answer: JSON.parse(body) })}\n` : `check: POST /predict ${JSON.stringify([record])} → ${body.trim()}\n`,
    );
    return 0;
  } finally {
    await server.close();
  }
}
