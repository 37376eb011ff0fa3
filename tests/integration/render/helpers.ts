import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

// Reading what the renderers made: decoded PNG pixels, and a PDF's text, word boxes and pages (poppler).

export const decodePng = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes));

/** Pixels in the box (pixel coordinates) darker than mid-grey and not transparent: drawn text. */
export function inkIn(png: PNG, box: { x1: number; y1: number; x2: number; y2: number }): number {
  let ink = 0;
  for (let y = Math.max(0, Math.floor(box.y1)); y < Math.min(png.height, Math.ceil(box.y2)); y++) {
    for (let x = Math.max(0, Math.floor(box.x1)); x < Math.min(png.width, Math.ceil(box.x2)); x++) {
      const i = 4 * (y * png.width + x);
      const lum = 0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2];
      if (png.data[i + 3] > 128 && lum < 128) ink++;
    }
  }
  return ink;
}

export function tempFile(name: string, bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-render-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The PDF's text in content-stream order (a table cell's lines stay together). */
export const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });

export interface Word {
  page: number;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every word with its box in points, from `pdftotext -bbox`. */
export function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, x1: +m[1], y1: +m[2], x2: +m[3], y2: +m[4], text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') });
  }
  return words;
}

/** One page drawn at 72 dpi, so a pixel is a point. */
export function pdfPage(file: string, page: number): PNG {
  const out = path.join(path.dirname(file), `page-${page}`);
  execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), '-singlefile', '-png', file, out]);
  return PNG.sync.read(fs.readFileSync(`${out}.png`));
}
