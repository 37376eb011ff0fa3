import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { RECOMMENDATION_THEORY_ZH } from '../../lib/export/report/recommendation-theory';
import { REPORT_PHRASES_ZH, REPORT_WORDS_ZH } from '../../lib/export/report/report-words-zh';
import { ARCHETYPE_WORDS, BROKERAGE_WORDS, GOVERNANCE_WORDS, INDEX_WORDS, ROLE_TERM, ROLE_WORDS_BY_LOCALE } from '../../lib/i18n/code-words';
import { FORMULAS_ZH } from '../../lib/i18n/engine-formulas';
import { ENGINE_ZH } from '../../lib/i18n/engine-zh';

const CODE_WORDS = { ARCHETYPE_WORDS, BROKERAGE_WORDS, GOVERNANCE_WORDS, INDEX_WORDS, ROLE_TERM, ROLE_WORDS_BY_LOCALE };

// No English left on a screen read in Chinese (docs/architecture.md "Languages", issue 10): every Latin
// word of four letters or more that a person can read must be one the Chinese catalogues carry on
// purpose (authors cited, format names, keys: every Latin word of messages/zh-CN.json's messages and the
// proper nouns of lib/'s Chinese catalogues) or one people typed (workshop details, actors' names), which stays
// as typed.

const root = process.cwd();
export const latinWords = (text: string) => text.match(/[A-Za-z]{4,}/g) ?? [];

/** Every string in a catalogue, and the source of its functions (which hold their words in template strings). */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [value.toString()];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

const CATALOGUE_WORDS = (() => {
  // The catalogue's messages, not its keys (which are English).
  const ui = textsOf(JSON.parse(readFileSync(path.join(root, 'messages/zh-CN.json'), 'utf8'))).join('\n');
  // lib/'s Chinese catalogues; of a function's source, only capitalised words (proper nouns), not its code.
  const zh = [ENGINE_ZH, FORMULAS_ZH, RECOMMENDATION_THEORY_ZH, REPORT_WORDS_ZH, REPORT_PHRASES_ZH, ...Object.values(CODE_WORDS).map((table) => table['zh-CN'])];
  const lib = textsOf(zh).join('\n');
  // "English" is the language switcher's own name for English (each language named in itself).
  return new Set([...latinWords(ui), ...latinWords(lib).filter((w) => /^[A-Z]/.test(w)), 'English'].map((w) => w.toLowerCase()));
})();

/** What a person can read: the text, the tooltips, labels and placeholders, and the SVG titles. */
const readable = (page: Page) =>
  page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title],[aria-label],[placeholder]')].flatMap((el) => ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
    const svgTitles = [...document.querySelectorAll('svg title')].map((el) => el.textContent ?? '');
    return [document.body.innerText, ...attrs, ...svgTitles].join('\n');
  });

/** The English words left on the screen, each with the line it is in; `typed` is what people wrote on this map. */
export async function leftoverEnglish(page: Page, typed: readonly string[] = []): Promise<string[]> {
  const allowed = new Set([...CATALOGUE_WORDS, ...typed.flatMap(latinWords).map((w) => w.toLowerCase())]);
  const lines = (await readable(page)).split('\n');
  // File names are the same in every language (".actors.csv"): not words to translate.
  const words = (line: string) => latinWords(line.replace(/\S*\.(csv|json|graphml|gexf|svg|png|pdf)\b/gi, ''));
  return lines.flatMap((line) => words(line).filter((w) => !allowed.has(w.toLowerCase())).map((w) => `${w} ← ${line.slice(0, 120)}`));
}

export async function expectNoLeftoverEnglish(page: Page, where: string, typed: readonly string[] = []) {
  expect(await leftoverEnglish(page, typed), where).toEqual([]);
}
