/**
 * Writing a translation note for a passage: the original, a text area, a from/to switch (the article's
 * language by default) and, to help, the dictionary glosses of each word of the passage. Used under
 * the passage for a new selection and inside an annotation card for an existing annotation.
 */
import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import type { ApiClient } from '../api-client.js';
import type { TranslationNote } from '../highlights/annotation-change.js';
import { useI18n } from '../i18n-context.js';
import { editorKeys } from '../editor-keys.js';
import type { LookupLang } from './word-lookup-popup.js';
import { passageWords } from '../../shared/translation/passage-words.js';

/** More words than this in a passage: glosses for the first ones only. */
const MAX_GLOSSED_WORDS = 40;

interface TranslationEditorProps {
  client: ApiClient;
  original: string;
  initial: TranslationNote | null;
  defaultFrom: LookupLang;
  onSave: (translation: TranslationNote | null) => void;
  onCancel: () => void;
  className?: string;
  style?: CSSProperties;
}

interface Gloss {
  word: string;
  root: string | null;
  glosses: string[];
}

export { passageWords };

export function TranslationEditor({ client, original, initial, defaultFrom, onSave, onCancel, className, style }: TranslationEditorProps) {
  const tr = useI18n();
  const titleId = useId();
  const textId = useId();
  const glossId = useId();
  const [from, setFrom] = useState<LookupLang>(initial?.from ?? defaultFrom);
  const to: LookupLang = from === 'id' ? 'en' : 'id';
  const [text, setText] = useState(initial?.text ?? '');
  const [glosses, setGlosses] = useState<Gloss[] | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    textRef.current?.focus();
  }, []);

  useEffect(() => {
    let cancelled = false;
    setGlosses(null);
    const words = passageWords(original).slice(0, MAX_GLOSSED_WORDS);
    Promise.all(
      words.map((word) =>
        client.call('dictionary.lookup', { word, from }).then(
          (r): Gloss => ({ word, root: r.root, glosses: r.entries.flatMap((e) => e.glosses).slice(0, 4) }),
          (): Gloss => ({ word, root: null, glosses: [] }),
        ),
      ),
    ).then((list) => !cancelled && setGlosses(list));
    return () => {
      cancelled = true;
    };
  }, [client, original, from]);

  const save = () => onSave(text.trim() ? { text: text.trim(), from, to } : null);
  const onKeyDown = editorKeys({ cancel: onCancel, save });
  const langName = (lang: LookupLang) => tr.t(lang === 'id' ? 'translation.lang.id' : 'translation.lang.en');

  return (
    <section className={['translation-editor', className].filter(Boolean).join(' ')} style={style} aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h2 id={titleId} className="translation-editor-title">
        {tr.t('translation.editorTitle')}
      </h2>
      <figure className="translation-original">
        <figcaption>{tr.t('translation.original')}</figcaption>
        <blockquote lang={from}>{original}</blockquote>
      </figure>
      <button type="button" className="button button-quiet button-small" onClick={() => setFrom(to)}>
        {tr.t('translation.direction', { from: langName(from), to: langName(to) })}
      </button>
      <label htmlFor={textId} className="translation-label">
        {tr.t('translation.text')}
      </label>
      <textarea
        id={textId}
        ref={textRef}
        className="translation-text"
        lang={to}
        rows={3}
        value={text}
        aria-describedby={glossId}
        onChange={(event) => setText(event.target.value)}
      />
      <div id={glossId} className="translation-glosses">
        <h3>{tr.t('translation.glosses')}</h3>
        {glosses === null ? (
          <p>{tr.t('translation.lookupLoading')}</p>
        ) : (
          <dl>
            {glosses.map((g) => (
              <div key={g.word} className="translation-gloss">
                <dt lang={from}>{g.root && g.root !== g.word.toLowerCase() ? tr.t('translation.rootUsed', { word: g.word, root: g.root }) : g.word}</dt>
                <dd lang={to}>{g.glosses.length > 0 ? g.glosses.join('; ') : tr.t('translation.noGloss')}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div className="translation-actions">
        <button type="button" className="button button-small button-primary" onClick={save}>
          {tr.t('translation.save')}
        </button>
        {initial && (
          <button type="button" className="button button-quiet button-small" onClick={() => onSave(null)}>
            {tr.t('translation.remove')}
          </button>
        )}
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          {tr.t('translation.cancel')}
        </button>
      </div>
    </section>
  );
}
