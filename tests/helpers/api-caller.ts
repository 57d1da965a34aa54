/** A typed API caller over a real library's handlers (through dispatchCall), for tests. */
import { createHandlers } from '../../electron/handlers.js';
import type { Library } from '../../electron/library/library.js';
import type { MethodName, ParamsIn, Result } from '../../shared/api.js';
import { dispatchCall } from '../../shared/dispatch-call.js';

export function apiCaller(library: Library) {
  const handlers = createHandlers(library);
  return async <M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>> => {
    const result = await dispatchCall(handlers, method, params);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as Result<M>;
  };
}

/** Imports texts (name → content) and returns their ids in order. */
export async function importTexts(call: ReturnType<typeof apiCaller>, files: Record<string, string>): Promise<string[]> {
  const { results } = await call('articles.import', {
    files: Object.entries(files).map(([name, text]) => ({ name, dataBase64: Buffer.from(text).toString('base64') })),
  });
  return results.map((r) => {
    if (!('id' in r)) throw new Error(r.error);
    return r.id;
  });
}
