/**
 * The two ways the text of an article changes under its annotations: "Edit text" (the markdown,
 * through articles.editText) and "Update from a newer version…" (a file, through articles.replaceText).
 * Either way the API re-places the annotations; the caller gets the new article and annotations.
 */
import { useCallback } from 'react';
import type { Result } from '../../shared/api.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { fileToBase64 } from '../import-files.js';

type Loaded = Result<'articles.get'>;

export function useTextChanges(client: ApiClient, articleId: string, onChanged: (next: Loaded, how: 'edited' | 'updated') => void, onUpdateFailed: (message: string) => void) {
  const tr = useI18n();

  /** Resolves to an error sentence for the editor, or null when saved. */
  const saveText = useCallback(
    async (markdown: string): Promise<string | null> => {
      try {
        onChanged(await client.call('articles.editText', { id: articleId, markdown }), 'edited');
        return null;
      } catch (error) {
        return errorText(error, tr);
      }
    },
    [client, articleId, onChanged, tr],
  );

  const updateFromFile = useCallback(
    async (file: File) => {
      let result: Result<'articles.replaceText'>;
      try {
        result = await client.call('articles.replaceText', { id: articleId, file: { name: file.name, dataBase64: await fileToBase64(file) } });
        if ('error' in result) {
          onUpdateFailed(result.error);
          return;
        }
        onChanged(await client.call('articles.get', { id: articleId }), 'updated');
      } catch (error) {
        onUpdateFailed(errorText(error, tr));
      }
    },
    [client, articleId, onChanged, onUpdateFailed, tr],
  );

  return { saveText, updateFromFile };
}
