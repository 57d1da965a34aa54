/**
 * One sentence for the user from any failed call. The API already speaks in sentences; only the
 * transport failures (no server, wrong token) need words of our own, in the user's language.
 */
import type { Translator } from '../shared/i18n/index.js';
import { ApiClientError } from './api-client.js';

export function errorText(error: unknown, tr: Translator): string {
  if (error instanceof ApiClientError) {
    if (error.code === 'unauthorized') return tr.t('app.error.unauthorized');
    if (error.code === 'network') return tr.t('app.error.network');
    return error.message;
  }
  return tr.t('app.error.generic', { message: error instanceof Error ? error.message : String(error) });
}
