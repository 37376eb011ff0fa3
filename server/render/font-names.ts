// Renames a TrueType font: replaces its `name` table so a subset we made carries our family name, never
// the original's (the SIL Open Font License lets no modified version use the reserved name; docs/report.md).
// The copyright, version and licence records are kept. Offsets, checksums and head.checkSumAdjustment are
// recomputed as the OpenType specification says.

const KEPT_NAME_IDS = new Set([0, 5, 13, 14]);
const WINDOWS = { platform: 3, encoding: 1, language: 0x409 };

interface Table {
  tag: string;
  data: Buffer;
}

function readTables(font: Buffer): Table[] {
  const count = font.readUInt16BE(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const offset = font.readUInt32BE(at + 8);
    tables.push({ tag: font.toString('latin1', at, at + 4), data: font.subarray(offset, offset + font.readUInt32BE(at + 12)) });
  }
  return tables;
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** The Windows-Unicode records of `ids` from a `name` table, as nameID → UTF-16BE bytes. */
function keptRecords(name: Buffer | undefined): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  if (!name) return out;
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((k) => name.readUInt16BE(at + k));
    if (platform === WINDOWS.platform && encoding === WINDOWS.encoding && language === WINDOWS.language && KEPT_NAME_IDS.has(id)) {
      out.set(id, name.subarray(strings + offset, strings + offset + length));
    }
  }
  return out;
}

function nameTable(records: Map<number, Buffer>): Buffer {
  const ids = [...records.keys()].sort((a, b) => a - b);
  const header = Buffer.alloc(6 + 12 * ids.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(ids.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  ids.forEach((id, i) => {
    const at = 6 + 12 * i;
    const value = records.get(id)!;
    [WINDOWS.platform, WINDOWS.encoding, WINDOWS.language, id, value.length, offset].forEach((v, k) => header.writeUInt16BE(v, at + 2 * k));
    offset += value.length;
  });
  return Buffer.concat([header, ...ids.map((id) => records.get(id)!)]);
}

function checksum(data: Buffer): number {
  const padded = data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeFont(sfntVersion: number, tables: Table[]): Buffer {
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = tables.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(sfntVersion, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(n * 16 - searchRange, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    header.write(t.tag, at, 'latin1');
    header.writeUInt32BE(checksum(t.data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padding = (4 - (t.data.length % 4)) % 4;
    bodies.push(t.data, Buffer.alloc(padding));
    offset += t.data.length + padding;
  });
  const font = Buffer.concat([header, ...bodies]);
  const head = tables.findIndex((t) => t.tag === 'head');
  if (head >= 0) {
    const at = font.readUInt32BE(12 + 16 * head + 8);
    font.writeUInt32BE(0, at + 8);
    font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, at + 8);
  }
  return font;
}

/** The font with family `family`, style `style` (e.g. "Regular", "Bold") and matching full and PostScript names. */
export function renameFont(font: Buffer, family: string, style: string): Buffer {
  const tables = readTables(font).map((t) => (t.tag === 'head' ? { tag: t.tag, data: Buffer.from(t.data) } : t));
  const records = keptRecords(tables.find((t) => t.tag === 'name')?.data);
  const postscript = `${family}-${style}`.replace(/[^A-Za-z0-9-]/g, '');
  records.set(1, utf16be(family));
  records.set(2, utf16be(style));
  records.set(3, utf16be(`${postscript};subset`));
  records.set(4, utf16be(`${family} ${style}`));
  records.set(6, utf16be(postscript));
  const others = tables.filter((t) => t.tag !== 'name');
  return writeFont(font.readUInt32BE(0), [...others, { tag: 'name', data: nameTable(records) }]);
}
