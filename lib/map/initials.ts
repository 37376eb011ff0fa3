// A person's initials for their avatar (presence bar, pointers): one function, so every avatar agrees.

/** Titles that say nothing about who someone is; skipped when the name has two other words. */
const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev', 'ing', 'eng']);

/** Scripts written without spaces between given and family name, where one character is a whole syllable. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * "Dr. Li (facilitator)" → "DL", "Zhang Wei" → "ZW", "Prof. Anna Maria Weber" → "AW", "王小明" → "王",
 * "李娜 Li Na" → "李", "Guest 3" → "G3", "" → "?". Letters and digits only: brackets, dots and emoji never
 * show; what is in brackets is a note, not a name.
 */
export function initials(name: string): string {
  const cleaned = name.replace(/\([^)]*\)|\[[^\]]*\]|（[^）]*）/g, ' ');
  const wide = [...cleaned].find((ch) => WIDE.test(ch));
  // A Chinese (Japanese, Korean) name: its first character reads best, and fills the circle as two letters do.
  if (wide) return wide;
  const words = cleaned
    .split(/\s+/)
    .map((w) => [...w].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).join(''))
    .filter(Boolean);
  const named = words.filter((w) => !TITLES.has(w.toLowerCase()));
  const use = named.length >= 2 ? named : words;
  if (use.length === 0) return '?';
  if (use.length === 1) return [...use[0]].slice(0, 2).join('').toLocaleUpperCase();
  return ([...use[0]][0] + [...use[use.length - 1]][0]).toLocaleUpperCase();
}
