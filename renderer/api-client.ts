/**
 * The renderer's one way to call Tandai: a typed call(method, params) over whichever transport
 * the page has. A failed envelope becomes an ApiClientError, so callers use try/catch, not ok-checks.
 */
import type { MethodName, ParamsIn, Result } from '../shared/api.js';
import type { ErrorCode } from '../shared/api-error.js';
import { detectTransport, TransportError, type Transport } from './transports.js';

/** The API's own codes, plus the two ways the transport itself can fail. */
export type ClientErrorCode = ErrorCode | 'unauthorized' | 'network';

export class ApiClientError extends Error {
  readonly code: ClientErrorCode;
  readonly method: string;
  constructor(code: ClientErrorCode, message: string, method: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiClientError';
    this.code = code;
    this.method = method;
  }
}

export class ApiClient {
  private readonly transport: Transport;

  constructor(transport: Transport = detectTransport()) {
    this.transport = transport;
  }

  async call<M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>> {
    let envelope;
    try {
      envelope = await this.transport(method, params);
    } catch (error) {
      if (error instanceof TransportError) throw new ApiClientError(error.code, error.message, method, { cause: error });
      const message = error instanceof Error ? error.message : String(error);
      throw new ApiClientError('internal', message, method, { cause: error });
    }
    if (envelope.ok) return envelope.value as Result<M>;
    throw new ApiClientError(envelope.error.code, envelope.error.message, method);
  }
}
