/**
 * Browser mode: the same handlers over HTTP, for running Tandai in a browser and for e2e tests.
 * Listens on 127.0.0.1 only; every API call needs the per-launch token; the Host header is checked
 * against DNS rebinding; static files get the same strict CSP as the desktop window.
 */
import http from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../shared/api.js';
import { MAX_IMPORT_BYTES } from '../shared/api.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import type { Envelope } from '../shared/api-error.js';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveStaticPath } from './static-files.js';

export interface ServerOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  /** Fixed token for tests; random otherwise. */
  token?: string;
  onInternalError?: (error: unknown) => void;
}

export interface RunningServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function fail(res: http.ServerResponse, status: number, code: 'invalid_params' | 'too_large' | 'unknown_method', message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        res.writeHead(421, SECURITY_HEADERS).end('Wrong host.');
        return;
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return fail(res, 405, 'invalid_params', 'API calls must use POST.');
        if (!tokenMatches(req.headers.authorization, token)) {
          sendJson(res, 401, { ok: false, error: { code: 'invalid_params', message: 'This request lacks the token of this Tandai session; open the URL Tandai printed.' } });
          return;
        }
        const origin = req.headers.origin;
        if (origin && origin !== `http://${host}`) return fail(res, 403, 'invalid_params', 'Requests from other sites are refused.');
        const body = await readBody(req);
        if (body === 'too-large') {
          req.destroy();
          return fail(res, 413, 'too_large', 'The request is larger than Tandai accepts (about 50 MB per file); import a smaller file.');
        }
        let params: unknown = {};
        if (body.length > 0) {
          try {
            params = JSON.parse(body.toString('utf8'));
          } catch {
            return fail(res, 400, 'invalid_params', 'The request body is not valid JSON.');
          }
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        const envelope = await dispatchCall(options.handlers, method, params, { onInternalError: options.onInternalError });
        sendJson(res, 200, envelope);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, SECURITY_HEADERS).end();
        return;
      }
      const file = resolveStaticPath(options.rendererDir, url.pathname);
      const data = file ? await fs.readFile(file).catch(() => undefined) : undefined;
      if (!file || !data) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.');
        return;
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (error) {
      options.onInternalError?.(error);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const defaultRendererDir = (bundleDir: string) => path.join(bundleDir, 'renderer');
