import { LOCALES, parseLocale, type Locale } from '../i18n/locale';
import { EXPORT_FORMAT_NAMES, EXPORT_VIEWS, isExportFormat, type ExportFormat, type ExportView } from './formats';

// The parameters of an export, checked once for the API (`?format=…&view=…`) and the CLI (`--format …`).

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** Which picture, for svg and png. */
  view: ExportView;
  /** Pixels per map unit, for png. */
  scale: PngScale;
  /** Embed the font subset, for svg. */
  embed: boolean;
  /** No background, for svg and png. */
  transparent: boolean;
  /**
   * The language of the report and of the pictures' legends and names (docs/report.md "Languages"); absent
   * when not asked: the report is then in English, the pictures name actors as mapped (their `label`).
   */
  lang?: Locale;
}

export interface RawExportOptions {
  format?: string | null;
  view?: string | null;
  scale?: string | null;
  embed?: string | boolean | null;
  transparent?: string | boolean | null;
  lang?: string | null;
}

export type ParsedExportOptions = { ok: true; options: ExportOptions } | { ok: false; error: string; details: Array<{ param: string; message: string; allowed?: readonly (string | number)[] }> };

const flag = (v: string | boolean | null | undefined) => v === true || v === '1' || v === 'true' || v === 'yes';
const isFlag = (v: string | boolean | null | undefined) => v === undefined || v === null || typeof v === 'boolean' || ['', '0', '1', 'true', 'false', 'yes', 'no'].includes(v);

export function parseExportOptions(raw: RawExportOptions): ParsedExportOptions {
  const details: Extract<ParsedExportOptions, { ok: false }>['details'] = [];
  const format = raw.format ?? 'json';
  if (!isExportFormat(format)) details.push({ param: 'format', message: `unknown format "${format}"`, allowed: EXPORT_FORMAT_NAMES });
  const view = raw.view ?? 'network';
  if (!(EXPORT_VIEWS as readonly string[]).includes(view)) details.push({ param: 'view', message: `unknown view "${view}"`, allowed: EXPORT_VIEWS });
  const scale = Number(raw.scale ?? 1);
  if (!(PNG_SCALES as readonly number[]).includes(scale)) details.push({ param: 'scale', message: `scale must be 1, 2 or 4, not "${raw.scale}"`, allowed: PNG_SCALES });
  for (const name of ['embed', 'transparent'] as const) if (!isFlag(raw[name])) details.push({ param: name, message: `${name} is 1 or 0, not "${raw[name]}"` });
  const asked = raw.lang !== undefined && raw.lang !== null && raw.lang !== '';
  const lang = asked ? parseLocale(raw.lang) : null;
  if (asked && !lang) details.push({ param: 'lang', message: `unknown language "${raw.lang}"`, allowed: LOCALES });
  if (details.length) return { ok: false, error: `Bad export parameters: ${details.map((d) => d.message).join('; ')}.`, details };
  return { ok: true, options: { format: format as ExportFormat, view: view as ExportView, scale: scale as PngScale, embed: flag(raw.embed), transparent: flag(raw.transparent), ...(lang ? { lang } : {}) } };
}
