import type { Actor, ClusterMap, Tie } from './types';

// How an element is named to people: an actor by its label, a tie by its two ends ("HUST → YOFC", or
// "HUST — YOFC" when it has no direction). One place, so the inspector, the lists, the API and the report
// all say the same.

/** The languages an actor may carry a name in (lib/i18n/locale.ts LOCALES; lib/map stays free of lib/i18n). */
export type LabelLocale = 'en' | 'zh-CN';

/**
 * An actor's name for a reader of `locale`: its name in that language when it has one, else its `label`
 * (docs/map-format.md "Names in two languages"). A blank name counts as none.
 */
export function labelFor(actor: Pick<Actor, 'label' | 'labels'>, locale: LabelLocale): string {
  const name = actor.labels?.[locale];
  return typeof name === 'string' && name.trim() ? name : actor.label;
}

export function tieName(tie: Pick<Tie, 'source' | 'target' | 'directed'>, actorLabel: (id: string) => string): string {
  return `${actorLabel(tie.source)} ${tie.directed ? '→' : '—'} ${actorLabel(tie.target)}`;
}

/** element id → what to call it, for every actor and tie of the map (in `locale`'s names when given). */
export function elementNames(map: Pick<ClusterMap, 'actors' | 'ties'>, locale?: LabelLocale): Map<string, string> {
  const names = new Map<string, string>(map.actors.map((a) => [a.id, locale ? labelFor(a, locale) : a.label]));
  const actorLabel = (id: string) => names.get(id) ?? id;
  for (const tie of map.ties) names.set(tie.id, tieName(tie, actorLabel));
  return names;
}

const escapeForRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The engine's texts name elements by id (it never reads labels, docs/engine.md); people read labels.
 * Replaces each of `ids` that stands as a whole word in `text` by its name, leaving unknown ids alone.
 */
export function withNames(text: string, ids: readonly string[], names: ReadonlyMap<string, string>): string {
  const known = [...new Set(ids)].filter((id) => names.has(id));
  if (known.length === 0) return text;
  // Longest first, so an id that is the prefix of another cannot take its place.
  const pattern = new RegExp(`(?<![\\w-])(${known.sort((a, b) => b.length - a.length).map(escapeForRegExp).join('|')})(?![\\w-])`, 'g');
  return text.replace(pattern, (id) => names.get(id) ?? id);
}
