/**
 * Tags for an annotation: the chosen tags as removable chips, and a text field that suggests tags
 * already in use (an ARIA 1.2 combobox with a listbox popup). ↓/↑ move through the suggestions,
 * Enter or a comma adds, Escape closes the list, Backspace in an empty field removes the last tag.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n-context.js';
import { Icon } from './icons.js';

const MAX_SUGGESTIONS = 8;

interface TagComboboxProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  /** Tags already in use in the library, most used first. */
  known: readonly string[];
  /** The field's label, when "Tags" alone would be ambiguous (the bulk tag dialog has two fields). */
  label?: string;
}

export function TagCombobox({ tags, onChange, known, label }: TagComboboxProps) {
  const tr = useI18n();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const suggestions = useMemo(() => {
    const query = draft.trim().toLocaleLowerCase();
    const chosen = new Set(tags.map((t) => t.toLocaleLowerCase()));
    const available = known.filter((tag) => !chosen.has(tag.toLocaleLowerCase()));
    if (!query) return available.slice(0, MAX_SUGGESTIONS);
    const starts = available.filter((tag) => tag.toLocaleLowerCase().startsWith(query));
    const contains = available.filter((tag) => !tag.toLocaleLowerCase().startsWith(query) && tag.toLocaleLowerCase().includes(query));
    return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
  }, [draft, known, tags]);

  const expanded = open && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function add(tag: string) {
    const clean = tag.trim().replace(/,+$/, '').trim().slice(0, 64);
    if (clean && !tags.some((t) => t.toLocaleLowerCase() === clean.toLocaleLowerCase())) onChange([...tags, clean]);
    setDraft('');
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((index) => (suggestions.length === 0 ? -1 : (index + 1) % suggestions.length));
        return;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((index) => (suggestions.length === 0 ? -1 : index <= 0 ? suggestions.length - 1 : index - 1));
        return;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          add(suggestions[active]);
          return;
        }
        if (draft.trim()) {
          event.preventDefault();
          add(draft);
        }
        return;
      case ',':
        event.preventDefault();
        add(draft);
        return;
      case 'Escape':
        if (expanded) {
          // Close the list only; a second Escape reaches the editor and cancels it.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        return;
      case 'Backspace':
        if (!draft && tags.length > 0) onChange(tags.slice(0, -1));
        return;
      default:
        return;
    }
  }

  return (
    <div className="tag-field">
      <label htmlFor={inputId} className="field-label">
        {label ?? tr.t('highlights.tags')}
      </label>
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={label ?? tr.t('highlights.tags')}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={tr.t('highlights.removeTag', { tag })}
                title={tr.t('highlights.removeTag', { tag })}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
              >
                <Icon name="close" size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="combobox">
        <input
          id={inputId}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={tr.t('highlights.addTag')}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
            // A tag typed and then left is still meant.
            if (draft.trim()) add(draft);
          }}
        />
        <ul id={listId} role="listbox" className="combobox-list" aria-label={tr.t('highlights.tagSuggestions')} hidden={!expanded}>
          {suggestions.map((tag, index) => (
            <li
              key={tag}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'combobox-option is-active' : 'combobox-option'}
              // Keep focus in the field, so the pick does not blur (and close) it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => add(tag)}
            >
              {tag}
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="field-hint">
        {tr.t('highlights.tagsHint')}
      </p>
    </div>
  );
}
