/**
 * Multi-select in a list the way desktop file managers do it: a click or Space toggles one row,
 * Shift extends from the anchor (the last row toggled) to the clicked row, Ctrl+A takes every row.
 * Pure, over row ids in display order, so the library table and its tests share one set of rules.
 */

export interface ListSelection {
  ids: ReadonlySet<string>;
  /** Where a Shift-extension starts: the last row clicked or toggled on its own. */
  anchor: string | null;
}

export const EMPTY_SELECTION: ListSelection = { ids: new Set(), anchor: null };

/** Adds the row when it is not selected, removes it when it is; it becomes the anchor. */
export function toggleRow(selection: ListSelection, id: string): ListSelection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * Selects every row from the anchor to `id` (inclusive), keeping what was selected before; without an
 * anchor (or when the anchor is no longer listed) it toggles `id` alone. The anchor stays put, so
 * Shift-clicking twice re-aims the same range's far end.
 */
export function extendTo(selection: ListSelection, order: readonly string[], id: string): ListSelection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (to < 0) return selection;
  if (from < 0) return toggleRow(selection, id);
  const ids = new Set(selection.ids);
  const [low, high] = from <= to ? [from, to] : [to, from];
  for (let i = low; i <= high; i += 1) ids.add(order[i]);
  return { ids, anchor: selection.anchor };
}

export function selectAll(order: readonly string[]): ListSelection {
  return { ids: new Set(order), anchor: order[0] ?? null };
}

/** Drops ids no longer listed (deleted, or hidden by a filter), so an action never touches rows the user cannot see. */
export function pruneSelection(selection: ListSelection, order: readonly string[]): ListSelection {
  if (selection.ids.size === 0) return selection;
  const listed = new Set(order);
  const kept = [...selection.ids].filter((id) => listed.has(id));
  if (kept.length === selection.ids.size && (selection.anchor === null || listed.has(selection.anchor))) return selection;
  return { ids: new Set(kept), anchor: selection.anchor !== null && listed.has(selection.anchor) ? selection.anchor : null };
}

/** The selected ids in display order. */
export function selectedInOrder(selection: ListSelection, order: readonly string[]): string[] {
  return order.filter((id) => selection.ids.has(id));
}
