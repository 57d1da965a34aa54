/**
 * Calls the Tandai API from inside the page under test, over the same transport the renderer
 * uses (preload bridge in Electron, HTTP + the session token in browser mode). Specs use it to
 * read what the app stored, e.g. an article's canonical text, without a second client of their own.
 */
import type { Page } from 'playwright-core';
import type { MethodName, ParamsIn, Result } from '../../shared/api.js';
import type { Envelope } from '../../shared/api-error.js';

export async function callInPage<M extends MethodName>(page: Page, method: M, params: ParamsIn<M>): Promise<Result<M>> {
  const envelope = await page.evaluate(
    async ({ method, params }) => {
      const bridge = (window as { tandai?: { invoke(m: string, p: unknown): Promise<unknown> } }).tandai;
      if (bridge) return bridge.invoke(method, params);
      // renderer/transports.ts keeps the token here once it has taken it out of the URL.
      const token = sessionStorage.getItem('tandai.token') ?? '';
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(params),
      });
      return response.json();
    },
    { method, params: params as unknown },
  );
  const result = envelope as Envelope<Result<M>>;
  if (!result.ok) throw new Error(`${method} failed in the page: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
