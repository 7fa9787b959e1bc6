/**
 * A static HTTP server on 127.0.0.1 serving a folder (a DVC HTTP remote), with faults a real
 * server or network shows: 5xx for the first N requests of an object, a body cut short after
 * its Content-Length was promised, bytes other than the object's, and basic auth.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export type Fault = { kind: 'status'; status: number; times: number } | { kind: 'truncate' } | { kind: 'wrong-bytes' };

export interface ObjectServer {
  /** Base URL of the remote, e.g. http://127.0.0.1:PORT/store */
  url: string;
  /** Every request: `METHOD key`. */
  log: string[];
  faults: Map<string, Fault>;
  close(): Promise<void>;
}

export async function startObjectServer(dir: string, options: { auth?: { user: string; password: string } } = {}): Promise<ObjectServer> {
  const log: string[] = [];
  const faults = new Map<string, Fault>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = decodeURIComponent(url.pathname.replace(/^\/store\//, ''));
    log.push(`${req.method} ${key}`);
    if (options.auth) {
      const want = `Basic ${Buffer.from(`${options.auth.user}:${options.auth.password}`).toString('base64')}`;
      if (req.headers.authorization !== want) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="dvc"' }).end('unauthorized');
        return;
      }
    }
    const file = path.join(dir, ...key.split('/'));
    if (!url.pathname.startsWith('/store/') || key.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const fault = faults.get(key);
    if (fault?.kind === 'status' && fault.times > 0) {
      fault.times--;
      res.writeHead(fault.status).end('try again');
      return;
    }
    let bytes = readFileSync(file);
    if (fault?.kind === 'wrong-bytes') bytes = Buffer.from(bytes.toString('latin1').toUpperCase() + '!', 'latin1');
    res.writeHead(200, { 'content-length': String(bytes.length), 'content-type': 'application/octet-stream' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (fault?.kind === 'truncate') {
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/store`,
    log,
    faults,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
