// fontverter ships no types; these are the two functions it exports (see its README).
declare module 'fontverter' {
  type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2';
  export function detectFormat(font: Buffer): Format;
  export function convert(font: Buffer, to: Format, from?: Format): Promise<Buffer>;
  const fontverter: { detectFormat: typeof detectFormat; convert: typeof convert };
  export default fontverter;
}
