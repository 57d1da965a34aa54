/** Hands every component the current Translator, so a language switch re-renders all text at once. */
import { createContext, useContext } from 'react';
import { createTranslator, type Translator } from '../shared/i18n/index.js';

export const I18nContext = createContext<Translator>(createTranslator('en'));

export function useI18n(): Translator {
  return useContext(I18nContext);
}
