// What a comparison says about each index and sub-indicator, as message keys with values
// (docs/engine.md "How a change is attributed"). Plain data like the engine's messages: the catalogue in
// lib/i18n/compare-words.ts words them in English or Chinese.

/** A value of a comparison message: a number (points), a code, or a list of ids or codes. */
export type CompareValue = number | string | readonly string[];

export const COMPARE_MESSAGE_KEYS = [
  /** A sub-indicator moved; `elements…` lists name what explains it. */
  'compare.component.changed',
  /** A sub-indicator moved but no added, removed or changed element touches what it rests on. */
  'compare.component.unexplained',
  'compare.component.unchanged',
  /** An index moved; `parts` / `partPoints` name the sub-indicators that moved it. */
  'compare.index.changed',
  'compare.index.unchanged',
] as const;
export type CompareMessageKey = (typeof COMPARE_MESSAGE_KEYS)[number];

export interface CompareMessage {
  key: CompareMessageKey;
  values: Readonly<Record<string, CompareValue>>;
}
