/**
 * `model-build serve`: a package's model over HTTP with Node's own `http` (four routes and JSON
 * errors need no framework, and the body limit must be enforced on the raw stream anyway).
 *
 *   POST /predict   JSON array (or one record), JSON Lines or CSV/TSV → {"predictions": [...]}
 *                   (or JSON Lines when Accept prefers application/x-ndjson)
 *   GET  /health    200 once the model is loaded, 503 while draining
 *   GET  /metadata  the package's metadata.json, byte for byte
 *   GET  /schema    {"input": input.schema.json, "output": output.schema.json}
 *
 * Requests never share tensors: each predictor call is synchronous and builds, runs and frees
 * its tensors (tf.tidy) before any other JavaScript runs. Requests ready at the same moment
 * share one call (PredictBatcher); a large request is split into calls with turns of the event
 * loop between them, so others (and /health) keep moving.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PredictorOutput } from '../predict/predictor.js';
import { ModelBuildError } from '../errors.js';
import { formatSize } from '../util/regularFile.js';
import { PredictBatcher } from './batcher.js';
import { checkRecords } from './checkRecords.js';
import { HttpError } from './httpError.js';
import { serveLimits, type ServeLimits } from './limits.js';
import { bodyFormatOf, RESPONSE_TYPES, responseFormatOf } from './mediaTypes.js';
import { parseBody } from './parseBody.js';
import { loadServedModel, type LoadServedModelOptions, type ServedModel } from './servedModel.js';

export interface ServeOptions extends LoadServedModelOptions {
  /** Address to listen on. @default '127.0.0.1' (loopback: nothing outside this machine reaches it) */
  host?: string;
  /** Port; 0 picks a free one (ModelServer.port says which). @default 8080 */
  port?: number;
  /** Refuse records with missing fields (400) instead of filling them as in training. @default false */
  strict?: boolean;
  limits?: Partial<ServeLimits>;
  /**
   * After `close()`, keep accepting requests this long while /health answers 503, before the
   * listener closes: a load balancer (a Kubernetes Service after SIGTERM) needs a moment to stop
   * sending, and connections it opens meanwhile would otherwise be refused.
   * @default 0
   */
  drainDelayMs?: number;
  /** Called once per request when it is over (answered, or the client went away). Never given bodies. */
  onRequest?: (entry: RequestLog) => void;
}

/** One request, as the request log shows it. */
export interface RequestLog {
  method: string;
  /** The path without the query string. */
  path: string;
  /** HTTP status sent; 499 when the client went away before the answer was sent. */
  status: number;
  /** Records predicted (POST /predict that got that far), else null. */
  records: number | null;
  /** Milliseconds from the request's arrival to its end. */
  ms: number;
  /** The error code of a 4xx/5xx answer. */
  error?: string;
}

export interface ModelServer {
  /** e.g. `http://127.0.0.1:8080` (IPv6 hosts in brackets). */
  url: string;
  host: string;
  port: number;
  model: ServedModel;
  limits: ServeLimits;
  /** Requests being handled right now. */
  readonly inFlight: number;
  /**
   * Stops accepting connections, answers /health with 503, lets requests in flight finish (up to
   * limits.drainTimeoutMs, then cuts them off), and disposes the model. Safe to call twice.
   */
  close(): Promise<{ cutOff: number }>;
  /** Cuts off every connection now (a second SIGTERM); `close()`'s promise then resolves. */
  closeNow(): void;
}

/** Most records per predictor call: bounds one tensor and how long other requests wait. */
const BATCH = 4096;
/** Headers must arrive this fast, whatever the body's allowance. */
const HEADERS_TIMEOUT_MS = 20_000;

const ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/predict': ['POST'],
  '/health': ['GET', 'HEAD'],
  '/metadata': ['GET', 'HEAD'],
  '/schema': ['GET', 'HEAD'],
};

/** The request path for logs and routing: no query, no control or non-ASCII characters, clipped. */
function pathOf(url: string | undefined): string {
  let p = url ?? '/';
  try {
    p = new URL(p, 'http://server').pathname;
  } catch {
    // Not a URL: logged escaped, and answered 404.
  }
  const safe = p.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  return safe.length > 200 ? `${safe.slice(0, 197)}...` : safe;
}

/**
 * Reads the body within the limit; a larger Content-Length is refused before a byte is read
 * (and before `go`, which sends 100 Continue to a client that waits for it).
 */
function readBody(req: IncomingMessage, maxBytes: number, go: () => void): Promise<Buffer> {
  const tooLarge = () =>
    new HttpError(413, 'BODY_TOO_LARGE', `the request body is larger than the limit of ${formatSize(maxBytes)}`, {
      hint: 'split the records into smaller requests, or start the server with a larger --max-body',
      extra: { limit: maxBytes },
    });
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) return Promise.reject(tooLarge());
  go();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop here: the rest is never read (see holdUnreadBody).
        done();
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onClose = () => {
      done();
      reject(new ClientGone());
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}

/** How long a connection whose request body was refused unread stays open after the answer. */
const LINGER_MS = 2000;

/**
 * A body refused before it was read in full (too large, of unknown length) is never read:
 * the request stays paused and the answer says `Connection: close`. Node would then close the
 * socket with the client's bytes unread, which resets the connection, and a client still
 * sending gets EPIPE instead of the answer (Node's own client reports the write error first).
 * So the socket is half-closed after the answer (FIN: the client reads the answer, its writes
 * wait on a full window) and destroyed LINGER_MS later.
 */
function holdUnreadBody(req: IncomingMessage): void {
  // Marks the request as being read, so Node does not read the rest to discard it (_dump).
  req.read(0);
  req.pause();
  const socket = req.socket;
  // What Node calls once a `Connection: close` answer is written.
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

/** A body Node may read and discard after an early answer, keeping the connection: declared, and within the limit. */
function smallDeclaredBody(req: IncomingMessage, maxBytes: number): boolean {
  const declared = req.headers['content-length'];
  return req.headers['transfer-encoding'] === undefined && declared !== undefined && Number(declared) <= maxBytes;
}

/** The client closed the connection before its request was read: nobody to answer. */
class ClientGone extends Error {}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Verifies the package, loads its model and starts listening; throws (ModelBuildError) before listening on a bad package. */
export async function serveModel(archive: string | ServedModel, options: ServeOptions = {}): Promise<ModelServer> {
  const limits = serveLimits(options.limits);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ModelBuildError('USAGE', `serve: port must be a whole number from 0 to 65535 (got ${String(port)})`, { hint: '0 picks a free port' });
  }
  const drainDelayMs = options.drainDelayMs ?? 0;
  if (!Number.isInteger(drainDelayMs) || drainDelayMs < 0 || drainDelayMs > 3_600_000) {
    throw new ModelBuildError('USAGE', `serve: drainDelayMs must be a whole number of milliseconds from 0 to 3600000 (got ${String(drainDelayMs)})`, { hint: 'leave it out for no delay' });
  }
  const model = typeof archive === 'string' ? await loadServedModel(archive, options) : archive;
  const strict = options.strict === true;
  const metadataBytes = model.metadataBytes;
  const schemaBytes = Buffer.from(`${JSON.stringify(model.schemas, null, 2)}\n`);
  let draining = false;
  let inFlight = 0;
  const batcher = new PredictBatcher((records) => model.predict(records), BATCH);

  const send = (res: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, {
      'content-type': type,
      'content-length': String(bytes.length),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(draining ? { connection: 'close' } : {}),
      ...headers,
    });
    res.end(bytes);
  };
  const sendJson = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) =>
    send(res, status, `${JSON.stringify(value)}\n`, RESPONSE_TYPES.json, headers);

  const predict = async (req: IncomingMessage, res: ServerResponse, log: { records: number | null }, expectContinue: boolean) => {
    // Format and limits are settled before a byte of the body is read.
    const format = bodyFormatOf(req.headers['content-type'], req.headers['content-encoding']);
    const answer = responseFormatOf(req.headers.accept);
    const body = await readBody(req, limits.maxBodyBytes, () => expectContinue && res.writeContinue());
    const { records, filled } = checkRecords(model.preprocessor, parseBody(body, format, limits.maxRecords), { strict });
    log.records = records.length;
    // A large request goes in BATCH-sized calls, so others' calls run in between.
    const parts: Array<Promise<PredictorOutput[]>> = [];
    for (let at = 0; at < records.length; at += BATCH) parts.push(batcher.predict(records.slice(at, at + BATCH)));
    const predictions = (await Promise.all(parts)).flat();
    const filledHeader = Object.entries(filled)
      .map(([k, n]) => `${encodeURIComponent(k)}=${n}`)
      .join(', ');
    const headers = filledHeader ? { 'model-build-filled': filledHeader } : undefined;
    if (answer === 'jsonl') {
      send(res, 200, predictions.map((p) => `${JSON.stringify(p)}\n`).join(''), RESPONSE_TYPES.jsonl, headers);
    } else {
      sendJson(res, 200, Object.keys(filled).length > 0 ? { predictions, filled } : { predictions }, headers);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, expectContinue: boolean) => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const path = pathOf(req.url);
    const log: { records: number | null; error?: string } = { records: null };
    inFlight++;
    res.on('close', () => {
      inFlight--;
      options.onRequest?.({
        method,
        path,
        status: res.writableFinished ? res.statusCode : 499,
        records: log.records,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(log.error ? { error: log.error } : {}),
      });
    });
    try {
      const allowed = Object.hasOwn(ROUTES, path) ? ROUTES[path]! : undefined;
      if (!allowed) {
        throw new HttpError(404, 'NOT_FOUND', `nothing at ${method} ${path}`, { hint: 'the server answers POST /predict, GET /health, GET /metadata and GET /schema' });
      }
      if (!allowed.includes(method)) {
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${path} answers ${allowed.join(' and ')}, not ${method}`, {
          hint: path === '/predict' ? 'POST the records to /predict' : `use GET ${path}`,
          headers: { allow: allowed.join(', ') },
        });
      }
      switch (path) {
        case '/predict':
          await predict(req, res, log, expectContinue);
          return;
        case '/health':
          if (draining) throw new HttpError(503, 'DRAINING', 'the server is shutting down', { hint: 'send requests to another instance' });
          sendJson(res, 200, { status: 'ok', model: model.metadata.name, task: model.metadata.task, backend: model.runtime.backend });
          return;
        case '/metadata':
          send(res, 200, metadataBytes, RESPONSE_TYPES.json, { etag: `"${model.digest}"` });
          return;
        case '/schema':
          send(res, 200, schemaBytes, RESPONSE_TYPES.json, { etag: `"${model.digest}"` });
          return;
      }
    } catch (e) {
      if (e instanceof ClientGone || res.headersSent || res.destroyed) return;
      const err = HttpError.is(e)
        ? e
        : new HttpError(500, 'PREDICT_FAILED', `the model could not answer: ${(e as Error)?.message ?? String(e)}`, {
            hint: 'this is a fault of the server, not of the request: please report it with the request that caused it',
          });
      log.error = err.code;
      // An unread body within the limit is read and discarded by Node (the connection stays
      // usable); a larger or unbounded one is never read, and the connection ends.
      const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
      const hold = hasBody && !req.readableEnded && (err.code === 'BODY_TOO_LARGE' || !smallDeclaredBody(req, limits.maxBodyBytes));
      if (hold) holdUnreadBody(req);
      sendJson(res, err.status, err.body(), { ...err.headers, ...(hold ? { connection: 'close' } : {}) });
    }
  };

  const server: Server = createServer((req, res) => void handle(req, res, false));
  // Expect: 100-continue: a client that waits for the go-ahead never sends a body that is refused.
  server.on('checkContinue', (req, res) => void handle(req, res, true));
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = Math.min(HEADERS_TIMEOUT_MS, limits.requestTimeoutMs);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    if (typeof archive === 'string') model.dispose();
    const code = (e as NodeJS.ErrnoException).code;
    const hint =
      code === 'EADDRINUSE'
        ? 'another program listens on that port: pick another with --port (0 picks a free one)'
        : code === 'EACCES'
          ? 'ports below 1024 need privileges: pick a port from 1024 up with --port'
          : code === 'EADDRNOTAVAIL'
            ? 'that address is not one of this machine\'s: use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)'
            : undefined;
    throw new ModelBuildError('USAGE', `serve: cannot listen on ${hostForUrl(host)}:${port} (${code ?? (e as Error).message})`, { hint });
  }
  const address = server.address() as AddressInfo;

  let closing: Promise<{ cutOff: number }> | undefined;
  let cutOff = 0;
  /** Ends the drain delay at once (a second signal), when close() is waiting in it. */
  let stopEarly = () => {};
  const closeNow = () => {
    stopEarly();
    cutOff = inFlight;
    server.closeAllConnections();
  };
  return {
    url: `http://${hostForUrl(host)}:${address.port}`,
    host,
    port: address.port,
    model,
    limits,
    get inFlight() {
      return inFlight;
    },
    close() {
      closing ??= new Promise((resolve) => {
        draining = true;
        const stop = () => {
          delay = undefined;
          const timer = setTimeout(closeNow, limits.drainTimeoutMs);
          server.close(() => {
            clearTimeout(timer);
            if (typeof archive === 'string') model.dispose();
            resolve({ cutOff });
          });
          // Keep-alive connections with no request in flight end now; busy ones after their answer.
          server.closeIdleConnections();
        };
        let delay: NodeJS.Timeout | undefined = drainDelayMs > 0 ? setTimeout(stop, drainDelayMs) : undefined;
        stopEarly = () => {
          if (!delay) return;
          clearTimeout(delay);
          stop();
        };
        if (!delay) stop();
      });
      return closing;
    },
    closeNow,
  };
}
