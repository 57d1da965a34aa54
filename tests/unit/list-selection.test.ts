import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, extendTo, pruneSelection, selectAll, selectedInOrder, toggleRow } from '../../shared/library/list-selection.js';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => selectedInOrder({ ids: s.ids, anchor: null }, order);

describe('list selection', () => {
  it('toggles one row and makes it the anchor', () => {
    const one = toggleRow(EMPTY_SELECTION, 'b');
    expect(ids(one)).toEqual(['b']);
    expect(one.anchor).toBe('b');
    const none = toggleRow(one, 'b');
    expect(ids(none)).toEqual([]);
  });

  it('extends from the anchor in either direction, keeping earlier picks', () => {
    const start = toggleRow(toggleRow(EMPTY_SELECTION, 'e'), 'c');
    expect(ids(extendTo(start, order, 'a'))).toEqual(['a', 'b', 'c', 'e']);
    expect(ids(extendTo(start, order, 'd'))).toEqual(['c', 'd', 'e']);
    expect(extendTo(start, order, 'a').anchor).toBe('c');
  });

  it('extends without an anchor by toggling the row, and ignores rows not listed', () => {
    expect(ids(extendTo(EMPTY_SELECTION, order, 'd'))).toEqual(['d']);
    const start = toggleRow(EMPTY_SELECTION, 'b');
    expect(extendTo(start, order, 'zz')).toBe(start);
  });

  it('selects all and prunes rows that left the list', () => {
    const all = selectAll(order);
    expect(ids(all)).toEqual(order);
    const pruned = pruneSelection(all, ['b', 'd']);
    expect(ids(pruned)).toEqual(['b', 'd']);
    expect(pruned.anchor).toBeNull();
    const same = toggleRow(EMPTY_SELECTION, 'b');
    expect(pruneSelection(same, order)).toBe(same);
  });
});
