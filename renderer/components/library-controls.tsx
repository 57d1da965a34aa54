/**
 * The row of choices above the library list: sort, the filters (language, tag, colour, has notes,
 * has translations, has orphans) and grouping by site. Native selects and checkboxes, so each has
 * its label, its keyboard and its role without extra code.
 */
import type { LibraryFilter, LibrarySort } from '../../shared/library/query-articles.js';
import { LIBRARY_SORTS } from '../../shared/library/query-articles.js';
import type { PlainMessageKey } from '../../shared/i18n/index.js';
import { HIGHLIGHT_COLORS } from '../../shared/model-constants.js';
import type { HighlightColor, Lang } from '../../shared/model.js';
import { COLOR_LABELS } from '../highlights/highlight-colors.js';
import { useI18n } from '../i18n-context.js';
import { LANG_LABELS } from './article-table.js';

const SORT_LABELS: Record<LibrarySort, PlainMessageKey> = {
  recent: 'library.sort.recent',
  title: 'library.sort.title',
  published: 'library.sort.published',
  annotated: 'library.sort.annotated',
};

interface LibraryControlsProps {
  sort: LibrarySort;
  reversed: boolean;
  groupBySite: boolean;
  filter: LibraryFilter;
  filtering: boolean;
  choices: { langs: Lang[]; tags: { tag: string; count: number }[]; colors: HighlightColor[] };
  onView: (change: { sort?: LibrarySort; reversed?: boolean; groupBySite?: boolean }) => void;
  onFilter: (change: Partial<LibraryFilter>) => void;
  onClear: () => void;
}

export function LibraryControls({ sort, reversed, groupBySite, filter, filtering, choices, onView, onFilter, onClear }: LibraryControlsProps) {
  const tr = useI18n();
  const check = (key: 'hasNotes' | 'hasTranslations' | 'hasOrphans', label: PlainMessageKey) => (
    <label className="check-label">
      <input type="checkbox" checked={filter[key] === true} onChange={(event) => onFilter({ [key]: event.target.checked })} />
      {tr.t(label)}
    </label>
  );
  return (
    <div className="library-controls" role="group" aria-label={tr.t('library.controls')}>
      <label className="control-label">
        {tr.t('library.sortBy')}
        <select className="select" value={sort} onChange={(event) => onView({ sort: event.target.value as LibrarySort, reversed: false })}>
          {LIBRARY_SORTS.map((key) => (
            <option key={key} value={key}>
              {tr.t(SORT_LABELS[key])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-quiet button-small" aria-pressed={reversed} onClick={() => onView({ reversed: !reversed })}>
        {tr.t('library.reverse')}
      </button>
      <label className="control-label">
        {tr.t('library.filterLanguage')}
        <select className="select" value={filter.lang ?? ''} onChange={(event) => onFilter({ lang: (event.target.value || null) as Lang | null })}>
          <option value="">{tr.t('library.anyLanguage')}</option>
          {(['id', 'en', 'other'] as const).map((lang) => (
            <option key={lang} value={lang} disabled={!choices.langs.includes(lang)}>
              {tr.t(LANG_LABELS[lang])}
            </option>
          ))}
        </select>
      </label>
      <label className="control-label">
        {tr.t('library.filterTag')}
        <select className="select" value={filter.tag ?? ''} onChange={(event) => onFilter({ tag: event.target.value || null })}>
          <option value="">{tr.t('library.anyTag')}</option>
          {choices.tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tr.t('library.tagOption', { tag, count })}
            </option>
          ))}
        </select>
      </label>
      <label className="control-label">
        {tr.t('library.filterColor')}
        <select className="select" value={filter.color ?? ''} onChange={(event) => onFilter({ color: (event.target.value || null) as HighlightColor | null })}>
          <option value="">{tr.t('library.anyColor')}</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color} disabled={!choices.colors.includes(color)}>
              {tr.t(COLOR_LABELS[color])}
            </option>
          ))}
        </select>
      </label>
      {check('hasNotes', 'library.hasNotes')}
      {check('hasTranslations', 'library.hasTranslations')}
      {check('hasOrphans', 'library.hasOrphans')}
      <label className="check-label">
        <input type="checkbox" checked={groupBySite} onChange={(event) => onView({ groupBySite: event.target.checked })} />
        {tr.t('library.groupBySite')}
      </label>
      {filtering && (
        <button type="button" className="button button-small" onClick={onClear}>
          {tr.t('library.clearFilters')}
        </button>
      )}
    </div>
  );
}
