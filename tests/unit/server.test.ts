import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { startServer, type RunningServer } from '../../electron/server.js';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

let server: RunningServer;
let library: Library;
let secretFile: string;

beforeEach(async () => {
  const root = await tempDir();
  const rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tandai</title>');
  secretFile = path.join(root, 'secret.txt');
  await writeFile(secretFile, 'do not serve');
  library = await Library.open(path.join(root, 'lib'), { mode: 'write', addSample: true, samplePath: SAMPLE });
  server = await startServer({ handlers: createHandlers(library), rendererDir });
});

afterEach(async () => {
  await server.close();
  await library.close();
});

/** A raw request, so the Host header and path are exactly what an attacker would send. */
function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request({ method: 'POST', path: `/api/${method}`, headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('browser mode server', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=${server.token}$`));
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls with the token', async () => {
    const res = await api('articles.list', {});
    expect(res.status).toBe(200);
    const envelope = JSON.parse(res.body);
    expect(envelope.ok).toBe(true);
    expect(envelope.value.articles[0].title).toContain('Scale AI Resmi Diakuisisi 49% oleh Meta');
  });

  it('refuses API calls without the right token', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${server.token}x`]) {
      const res = await request({ method: 'POST', path: '/api/articles.list', headers: authorization ? { authorization } : {}, body: '{}' });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body).ok).toBe(false);
    }
  });

  it('refuses other hosts (DNS rebinding) and other origins', async () => {
    expect((await request({ path: '/', headers: { host: `evil.example:${server.port}` } })).status).toBe(421);
    expect((await api('articles.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('validates params and reports bad JSON in a sentence', async () => {
    const bad = JSON.parse((await api('articles.get', { id: '../x' })).body);
    expect(bad.error.code).toBe('invalid_params');
    const res = await request({ method: 'POST', path: '/api/articles.list', headers: { authorization: `Bearer ${server.token}` }, body: '{nope' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toBe('The request body is not valid JSON.');
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request({ path: p });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('do not serve');
    }
  });
});
