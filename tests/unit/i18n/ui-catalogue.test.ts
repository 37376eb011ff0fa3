import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isPluralElement, isSelectElement, isTagElement, parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import zhCN from '../../../messages/zh-CN.json';
import { localeFromAcceptLanguage, pickLocale } from '../../../lib/i18n/locales';

// The interface's catalogue (docs/architecture.md "Languages"): every key in both languages, none empty,
// none unused by app/, and every message a valid ICU message with the same arguments in both.

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(name) ? [readFileSync(file, 'utf8')] : [];
  });
}

const EN = leaves(en as Tree);
const ZH = leaves(zhCN as Tree);
const root = path.resolve(__dirname, '../../..');
const code = [...sources(path.join(root, 'app')), readFileSync(path.join(root, 'i18n/request.ts'), 'utf8')].join('\n');
// Keys written whole ('landing.title') and the stems of keys built from a value (`map.phase.${p}.label`).
const literals = new Set([...code.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]));
const stems = [...code.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]);
const used = (key: string) => literals.has(key) || stems.some((stem) => key.startsWith(stem));

/** The argument names of an ICU message ({name}, {n, number}, {count, plural, …}, and <b>…</b> as "<b>"), read by the ICU parser next-intl formats with. */
function argsOf(message: string): Set<string> {
  const out = new Set<string>();
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (isTagElement(node)) {
        out.add(`<${node.value}>`);
        walk(node.children);
      } else if ('value' in node && typeof node.value === 'string' && node.type !== TYPE.literal) out.add(node.value);
      if (isPluralElement(node) || isSelectElement(node)) for (const option of Object.values(node.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return out;
}

describe('the UI catalogue (messages/en.json, messages/zh-CN.json)', () => {
  it('has every key in both languages', () => {
    expect([...EN.keys()].filter((k) => !ZH.has(k))).toEqual([]);
    expect([...ZH.keys()].filter((k) => !EN.has(k))).toEqual([]);
  });

  it('has no empty message', () => {
    expect([...EN].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect([...ZH].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('has no key that app/ does not use', () => {
    expect([...EN.keys()].filter((k) => !used(k))).toEqual([]);
  });

  it('uses the same arguments in both languages, and every message formats', () => {
    const mismatched = [...EN].filter(([k, v]) => [...argsOf(v)].sort().join() !== [...argsOf(ZH.get(k) ?? '')].sort().join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
    for (const [locale, messages, tree] of [['en', EN, en], ['zh-CN', ZH, zhCN]] as const) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages: tree, onError: (e) => errors.push(e.message) });
      for (const [key, message] of messages) {
        const values = Object.fromEntries([...argsOf(message)].map((a) => (a.startsWith('<') ? [a.slice(1, -1), (c: unknown) => c] : [a, 1])));
        // Every argument given as 1 (a select then takes its `other` branch).
        const text = /<[a-z]+>/.test(message) ? t.markup(key as never, values as never) : t(key as never, values as never);
        if (!text) errors.push(`${key}: empty`);
      }
      expect(errors).toEqual([]);
    }
  });

  it('is real Chinese where it should be: no English sentence left in zh-CN', () => {
    // Brand and format names stay as they are (ClusterCanvas, PDF, CSV, GraphML, Gephi, Net-Map, Esc, Ctrl…).
    const english = [...ZH].filter(([k, v]) => EN.get(k) === v && /[a-z]{4,} [a-z]{3,}/i.test(v)).map(([k]) => k);
    expect(english).toEqual([]);
    expect(ZH.get('status.saved.text')).toBe('已保存');
    expect(ZH.get('status.offline.text')).toBe('离线');
  });
});

describe('the language a request gets (lib/i18n/locales.ts)', () => {
  it('the cookie first, then Accept-Language by q-value, then English', () => {
    expect(pickLocale('zh-CN', 'en-US')).toBe('zh-CN');
    expect(pickLocale('en', 'zh-CN,zh;q=0.9')).toBe('en');
    expect(pickLocale(undefined, 'zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(pickLocale('fr', 'fr-FR,en;q=0.5,zh;q=0.4')).toBe('en');
    expect(pickLocale(undefined, 'de-DE')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.3, zh-TW;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('')).toBeNull();
  });
});
