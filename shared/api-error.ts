/**
 * Errors that cross the API boundary. Every failure a user can meet becomes one of these:
 * a stable code for programs and one sentence for people, never a stack trace.
 */
export const ERROR_CODES = [
  'invalid_params',
  'unknown_method',
  'not_found',
  'locked',
  'read_only',
  'too_large',
  'unsupported',
  'damaged',
  'io',
  'internal',
  /** A file the call would write already exists (the app asks; the CLI needs --force). */
  'exists',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
    this.code = code;
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorShape).code === 'string' &&
    typeof (value as ApiErrorShape).message === 'string'
  );
}

/** The envelope every transport carries, so a failure is data rather than a thrown transport error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
