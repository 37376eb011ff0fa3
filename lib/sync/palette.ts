// Presence colours. Every one keeps white text readable (contrast >= 4.5:1) and they stay distinct from
// each other on a projector; the server picks from this list so nobody can choose an unreadable colour.
export const PRESENCE_PALETTE = [
  '#1d4ed8', // blue
  '#b91c1c', // red
  '#047857', // green
  '#7c3aed', // violet
  '#c2410c', // orange
  '#0e7490', // cyan
  '#be185d', // pink
  '#4d7c0f', // olive
  '#a16207', // ochre
  '#4338ca', // indigo
  '#0f766e', // teal
  '#9333ea', // purple
] as const;

export type PresenceColor = (typeof PRESENCE_PALETTE)[number];

export function isPaletteColor(value: unknown): value is PresenceColor {
  return typeof value === 'string' && (PRESENCE_PALETTE as readonly string[]).includes(value.toLowerCase());
}

/** The same id always gets the same colour (FNV-1a), so a returning participant keeps theirs. */
export function colorForId(id: string): PresenceColor {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PRESENCE_PALETTE[hash % PRESENCE_PALETTE.length];
}
