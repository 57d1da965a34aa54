/**
 * Which dictionaries a lookup uses, and in what order: Settings → Dictionaries keeps the ids of the
 * ones turned off and the order the user put them in (settings.json). Dictionaries the order does not
 * name (imported since) follow in their own order, enabled. Pure, so the lookup on the Node side and
 * the settings page in the renderer arrange them the same way.
 */

export interface DictionaryPreferences {
  /** Ids in the order the user chose. */
  order: readonly string[];
  /** Ids turned off. */
  disabled: readonly string[];
}

export const NO_PREFERENCES: DictionaryPreferences = { order: [], disabled: [] };

/** Every item in the user's order, each with whether it is enabled. */
export function arrangeDictionaries<T>(items: readonly T[], idOf: (item: T) => string, prefs: DictionaryPreferences): { item: T; id: string; enabled: boolean }[] {
  const rank = new Map(prefs.order.map((id, i) => [id, i]));
  const off = new Set(prefs.disabled);
  return items
    .map((item, i) => ({ item, id: idOf(item), i }))
    .sort((a, b) => (rank.get(a.id) ?? prefs.order.length + a.i) - (rank.get(b.id) ?? prefs.order.length + b.i))
    .map(({ item, id }) => ({ item, id, enabled: !off.has(id) }));
}

/** The enabled items, in the user's order: what a lookup searches. */
export function enabledDictionaries<T>(items: readonly T[], idOf: (item: T) => string, prefs: DictionaryPreferences): T[] {
  return arrangeDictionaries(items, idOf, prefs)
    .filter((d) => d.enabled)
    .map((d) => d.item);
}

/** The full order after moving `id` one place up (-1) or down (+1) among `ids` (the current order). */
export function moveInOrder(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const next = [...ids];
  const at = next.indexOf(id);
  const to = at + delta;
  if (at === -1 || to < 0 || to >= next.length) return next;
  [next[at], next[to]] = [next[to], next[at]];
  return next;
}
