/**
 * Runs one API call against a set of handlers: validates params, calls, validates the result,
 * and turns every failure into an Envelope. IPC, HTTP, the CLI and the tests use this one function.
 */
import type { z } from 'zod';
import { api, isMethodName, type Handlers, type MethodName } from './api.js';
import { ApiError, type Envelope } from './api-error.js';

/** A readable sentence from a zod error: "Invalid parameters for articles.get: id must be …". */
export function describeZodError(prefix: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'params';
    return `${where}: ${issue.message}`;
  });
  return `${prefix}: ${parts.join('; ')}.`;
}

export async function dispatchCall(
  handlers: Handlers,
  methodName: string,
  rawParams: unknown,
  options: { validateResult?: boolean; onInternalError?: (error: unknown) => void } = {},
): Promise<Envelope<unknown>> {
  try {
    if (!isMethodName(methodName)) {
      throw new ApiError('unknown_method', `Tandai has no API method called "${methodName}".`);
    }
    const name: MethodName = methodName;
    const spec = api[name];
    const parsed = spec.params.safeParse(rawParams ?? {});
    if (!parsed.success) {
      throw new ApiError('invalid_params', describeZodError(`Invalid parameters for ${name}`, parsed.error));
    }
    const handler = handlers[name] as (p: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    if (options.validateResult !== false) {
      const checked = spec.result.safeParse(value);
      if (!checked.success) {
        throw new ApiError('internal', describeZodError(`Tandai produced an invalid result for ${name}`, checked.error));
      }
      return { ok: true, value: checked.data };
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    options.onInternalError?.(error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Something went wrong inside Tandai: ${message}` } };
  }
}
