/**
 * How the renderer reaches the handlers: the preload bridge in Electron, or HTTP to `tandai serve`
 * in a browser. Both carry the same Envelope, so ApiClient never needs to know which one it has.
 */
import type { Envelope } from '../shared/api-error.js';
import type { DialogRequest, DialogResult } from '../shared/desktop-dialog.js';

/** What electron/preload.ts exposes through contextBridge; absent in browser mode. */
export interface TandaiBridge {
  invoke(method: string, params: unknown): Promise<Envelope<unknown>>;
  /** Native save and folder dialogs (shared/desktop-dialog.ts); absent in older preloads. */
  dialog?(request: DialogRequest): Promise<DialogResult>;
}

declare global {
  interface Window {
    tandai?: TandaiBridge;
  }
}

export type Transport = (method: string, params: unknown) => Promise<Envelope<unknown>>;

/** A failure of the transport itself (no answer, or the server refused the token), not of the call. */
export class TransportError extends Error {
  readonly code: 'unauthorized' | 'network';
  constructor(code: 'unauthorized' | 'network', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
    this.code = code;
  }
}

export const TOKEN_STORAGE_KEY = 'tandai.token';
const TOKEN_IN_HASH = /(?:^#|&)token=([A-Za-z0-9_-]+)/;

/**
 * `tandai serve` hands the token over in the URL hash (#token=…), which never reaches a server log.
 * Keep it in sessionStorage (so a reload still works, but it dies with the tab) and drop it from the
 * address bar and history, so it does not end up in a bookmark or a screenshot.
 */
export function takeToken(): string | null {
  const match = TOKEN_IN_HASH.exec(window.location.hash);
  if (match) {
    const token = match[1];
    try {
      window.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    } catch {
      // Storage can be disabled; the token still works for this page's lifetime.
    }
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return token;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  if (ok === true) return 'value' in value;
  if (ok === false) {
    const error = (value as { error?: unknown }).error;
    return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
  }
  return false;
}

export function bridgeTransport(bridge: TandaiBridge): Transport {
  return async (method, params) => {
    const envelope = await bridge.invoke(method, params);
    if (!isEnvelope(envelope)) throw new TransportError('network', `The preload bridge gave no answer for ${method}.`);
    return envelope;
  };
}

/** POST /api/<method> with the bearer token; the body is the params, the answer an Envelope. */
export function httpTransport(token: string | null): Transport {
  return async (method, params) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(params ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (error) {
      throw new TransportError('network', `No answer from Tandai for ${method}.`, { cause: error });
    }
    if (response.status === 401 || response.status === 403) {
      throw new TransportError('unauthorized', `Tandai refused the token (HTTP ${response.status}).`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new TransportError('network', `Tandai answered ${method} with HTTP ${response.status} and no JSON.`, { cause: error });
    }
    if (!isEnvelope(body)) throw new TransportError('network', `Tandai answered ${method} with an unexpected body.`);
    return body;
  };
}

/** The preload bridge when there is one (Electron), HTTP otherwise (browser mode). */
export function detectTransport(): Transport {
  return window.tandai ? bridgeTransport(window.tandai) : httpTransport(takeToken());
}
