/**
 * Runs one API call against a set of handlers: validates params, calls, validates the result,
 * and turns every failure into an Envelope. IPC, HTTP, the CLI and the tests use this one function.
 */
import type { z } from 'zod';
import { api, isMethodName, type Handlers, type MethodName } from './api.js';
import { ApiError, type Envelope } from './api-error.js';
import { TRUSTED_RESULTS } from './library/article-listing.js';

/** A readable sentence from a zod error: "Invalid parameters for articles.get: id must be …". */
export function describeZodError(prefix: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'params';
    return `${where}: ${issue.message}`;
  });
  return `${prefix}: ${parts.join('; ')}.`;
}

/** Why the disk refused, by Node's error code (shared/ has no Node types, so only the string is read). */
const IO_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be larger than the system allows',
  EROFS: 'the library is on a read-only disk',
  EACCES: 'Tandai is not allowed to write in the library folder',
  EPERM: 'Tandai is not allowed to write in the library folder',
  EISDIR: 'a folder is in the way of a library file',
  ENOTDIR: 'a file is in the way of a library folder',
  ENOTEMPTY: 'a folder is in the way of a library file',
  EEXIST: 'a file is in the way',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EBUSY: 'a library file is in use by another program',
  ERR_FS_EISDIR: 'a folder is in the way of a library file',
};

/**
 * A failed disk operation as one sentence with code 'io', so the user reads what happened instead of
 * "something went wrong inside Tandai". Nothing was changed: every write is all-or-nothing.
 */
export function ioError(error: unknown): ApiError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !Object.hasOwn(IO_REASONS, code)) return undefined;
  const where = (error as { path?: unknown }).path;
  const file = typeof where === 'string' ? ` (${where})` : '';
  return new ApiError('io', `Tandai could not save or read a library file because ${IO_REASONS[code]}${file}; nothing was changed. Free some space or check the folder's permissions, then try again.`, { cause: error });
}

/** Deeper than any params the contract takes; deeper input is refused before validation walks it. */
const MAX_PARAMS_DEPTH = 64;

/**
 * Why raw params are refused before validation, or undefined. zod drops unknown keys, so these would
 * mostly pass harmlessly; they are refused anyway so a hostile caller learns nothing and no code after
 * validation ever meets them: "__proto__" keys and "constructor" objects (prototype pollution), and
 * absurd nesting. Iterative, so a 100,000-level object cannot overflow the stack here.
 */
function hostileShape(raw: unknown): string | undefined {
  const stack: Array<[unknown, number]> = [[raw, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_PARAMS_DEPTH) return `they are nested more than ${MAX_PARAMS_DEPTH} levels deep`;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (key === '__proto__' || (key === 'constructor' && typeof child === 'object' && child !== null)) return `the key "${key}" is not allowed`;
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return undefined;
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
    const hostile = hostileShape(rawParams);
    if (hostile) throw new ApiError('invalid_params', `Invalid parameters for ${name}: ${hostile}.`);
    const parsed = spec.params.safeParse(rawParams ?? {});
    if (!parsed.success) {
      throw new ApiError('invalid_params', describeZodError(`Invalid parameters for ${name}`, parsed.error));
    }
    const handler = handlers[name] as (p: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    if (options.validateResult !== false && !TRUSTED_RESULTS.has(name)) {
      const checked = spec.result.safeParse(value);
      if (!checked.success) {
        throw new ApiError('internal', describeZodError(`Tandai produced an invalid result for ${name}`, checked.error));
      }
      return { ok: true, value: checked.data };
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    const io = ioError(error);
    if (io) return { ok: false, error: io.toJSON() };
    options.onInternalError?.(error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Something went wrong inside Tandai: ${message}` } };
  }
}
