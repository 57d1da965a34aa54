/**
 * Article language: Indonesian, English or other. franc-min does the statistics; Malay is close
 * enough to Indonesian that franc sometimes says "zlm" for Indonesian news, so we decide between
 * the two languages Tandai translates when franc names one of their neighbours.
 */
import { franc } from 'franc-min';
import type { Lang } from '../model.js';

export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 20_000);
  if (sample.replace(/\s+/g, '').length < 20) return 'other';
  const guess = franc(sample, { minLength: 20 });
  if (guess === 'ind') return 'id';
  if (guess === 'eng') return 'en';
  if (guess === 'zlm' || guess === 'zsm' || guess === 'msa' || guess === 'jav' || guess === 'sun') {
    const narrowed = franc(sample, { minLength: 20, only: ['ind', 'eng'] });
    return narrowed === 'eng' ? 'en' : 'id';
  }
  return 'other';
}
