import type { EngineMessage, MessageValue } from '../engine/messages';
import { formatNumber, formatPercent, listSeparator, type Locale } from './locale';

// What a catalogue entry (engine-en.ts, engine-zh.ts) reads a message's values through: numbers and
// shares formatted for the locale, element ids named for the reader, codes worded. One helper per kind of
// value, so the two tables cannot format the same value two ways.

/** What to call an element id (an actor, a tie, a stage); undefined when the caller does not know it. */
export type NameLookup = (id: string) => string | undefined;
export type Names = NameLookup | ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface MessageArgs {
  readonly locale: Locale;
  /** The number under `key`, raw (0 when absent). */
  raw(key: string): number;
  /** The number under `key` as the engine writes it: whole, or two decimals. */
  n(key: string): string;
  /** Any number, formatted the same way. */
  num(x: number): string;
  /** A share 0–1 under `key` as a percentage. */
  pct(key: string): string;
  /** A string value (a code, a quoted value, an id). */
  str(key: string): string;
  /** A list value as it is (ids or codes). */
  list(key: string): readonly string[];
  /** The ids under `key` named for the reader and joined; unknown ids take the label at the same place in `labelsKey`, else stay ids. */
  names(key: string, separator?: string, labelsKey?: string): string;
  /** One id named. */
  name(id: string): string;
}

export type Wording = (a: MessageArgs) => string;

export function toLookup(names?: Names): NameLookup {
  if (!names) return () => undefined;
  if (typeof names === 'function') return names;
  if (names instanceof Map) return (id) => names.get(id);
  const record = names as Readonly<Record<string, string>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}

export function messageArgs(message: Pick<EngineMessage, 'values'>, locale: Locale, lookup: NameLookup): MessageArgs {
  const values: Readonly<Record<string, MessageValue>> = message.values ?? {};
  const raw = (key: string) => {
    const v = values[key];
    return typeof v === 'number' ? v : 0;
  };
  const list = (key: string): readonly string[] => {
    const v = values[key];
    return Array.isArray(v) ? (v as readonly string[]) : typeof v === 'string' ? [v] : [];
  };
  const name = (id: string) => lookup(id) ?? id;
  return {
    locale,
    raw,
    n: (key) => formatNumber(raw(key), locale),
    num: (x) => formatNumber(x, locale),
    pct: (key) => formatPercent(raw(key)),
    str: (key) => {
      const v = values[key];
      return typeof v === 'string' ? v : typeof v === 'number' ? formatNumber(v, locale) : Array.isArray(v) ? v.join(listSeparator(locale)) : '';
    },
    list,
    names: (key, separator = listSeparator(locale), labelsKey) => {
      const labels = labelsKey ? list(labelsKey) : [];
      return list(key)
        .map((id, i) => lookup(id) ?? labels[i] ?? id)
        .join(separator);
    },
    name,
  };
}
