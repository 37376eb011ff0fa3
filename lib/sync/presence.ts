import type { PresenceState, SharedShow } from './protocol';

// Who counts as present and which pointers are drawn (docs/protocol.md P8, "Observers and idle pointers").
// The sender and every receiver read these rules, so an old or foreign client's state is handled the same.

/** A pointer that has not moved for `fadeAfterMs` is drawn faint; after `hideAfterMs` it is not drawn. */
export const POINTER_IDLE = { fadeAfterMs: 10_000, hideAfterMs: 60_000 } as const;

export type PointerLook = 'active' | 'faded' | 'hidden';

export function pointerLook(movedAt: number, now: number): PointerLook {
  const still = now - movedAt;
  return still >= POINTER_IDLE.hideAfterMs ? 'hidden' : still >= POINTER_IDLE.fadeAfterMs ? 'faded' : 'active';
}

/** When `pointerLook` changes next, or null when it never will again. */
export function nextPointerChange(movedAt: number, now: number): number | null {
  for (const at of [movedAt + POINTER_IDLE.fadeAfterMs, movedAt + POINTER_IDLE.hideAfterMs]) if (at > now) return at;
  return null;
}

/**
 * What an observer (a projector, a guest) does not publish and nobody draws for one: it is a screen, not
 * a person, so its pointer, selection and drags would only be noise on everyone's map.
 */
export const OBSERVER_QUIET_FIELDS = ['cursor', 'selection', 'dragging'] as const;

/** Facilitators and participants are people present; observers are screens watching. */
export const isPerson = (state: Pick<PresenceState, 'user'>): boolean => state.user.role !== 'observer';

/** A presence state as others should see it: an observer's without the quiet fields. */
export function shownPresence(state: PresenceState): PresenceState {
  if (isPerson(state)) return state;
  const shown = { ...state };
  for (const field of OBSERVER_QUIET_FIELDS) delete shown[field];
  return shown;
}

/** Longest list of highlighted elements a follower takes from a leader's presence. */
const MAX_SHOWN_ELEMENTS = 2000;

const shortString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/**
 * A leader's `shows` as a follower may use it (P8), or null when it is missing or malformed: presence
 * comes from other clients, so nothing in it is trusted to have the right shape.
 */
export function readShow(value: unknown): SharedShow | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const orNull = (x: unknown) => (shortString(x) ? x : null);
  let highlight: SharedShow['highlight'] = null;
  const h = v.highlight as Record<string, unknown> | null | undefined;
  if (h && typeof h === 'object' && shortString(h.source) && Array.isArray(h.elements) && h.elements.length <= MAX_SHOWN_ELEMENTS && h.elements.every(shortString)) {
    highlight = { source: h.source, elements: h.elements as string[] };
  }
  const show: SharedShow = { highlight, panel: orNull(v.panel), tab: orNull(v.tab), focus: orNull(v.focus) };
  if (shortString(v.scenario)) show.scenario = v.scenario;
  return show;
}

/** Most selected elements and live drag positions one presence state may carry (docs/protocol.md P8). */
export const PRESENCE_LIMITS = { elements: 2000, idLength: 128 } as const;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const point = (v: unknown): v is { x: number; y: number } =>
  !!v && typeof v === 'object' && finite((v as Record<string, unknown>).x) && finite((v as Record<string, unknown>).y);
const id = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= PRESENCE_LIMITS.idLength;

/** Each field of PresenceState but `user` (the server's): its value as relayed, or undefined when malformed. */
const FIELD_READERS: Record<Exclude<keyof PresenceState, 'user'>, (v: unknown) => unknown> = {
  cursor: (v) => (v === null ? null : point(v) ? { x: v.x, y: v.y } : undefined),
  selection: (v) => (Array.isArray(v) && v.length <= PRESENCE_LIMITS.elements && v.every(id) ? [...v] : undefined),
  dragging: (v) => {
    if (v === null) return null;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length > PRESENCE_LIMITS.elements || !entries.every(([k, p]) => id(k) && point(p))) return undefined;
    return Object.fromEntries(entries.map(([k, p]) => [k, { x: (p as { x: number }).x, y: (p as { y: number }).y }]));
  },
  view: (v) => (v === 'network' || v === 'value_chain' ? v : undefined),
  following: (v) => (typeof v === 'boolean' ? v : undefined),
  viewport: (v) => {
    if (v === null) return null;
    if (!v || typeof v !== 'object') return undefined;
    const { x, y, zoom, width, height, chart } = v as Record<string, unknown>;
    if (![x, y, zoom, width, height].every(finite)) return undefined;
    return finite(chart) ? { x, y, zoom, width, height, chart } : { x, y, zoom, width, height };
  },
  shows: (v) => (v === null ? null : v && typeof v === 'object' ? readShow(v) : undefined),
};

/**
 * A presence state as the server relays it (P8): only PresenceState's fields, each in its shape (a field of
 * the wrong shape, say `selection: 1`, and any unknown field are dropped), `user` the connection's verified
 * identity, and an observer's quiet fields removed. Pure: the server runs it on every awareness entry.
 */
export function validPresence(state: unknown, user: PresenceState['user']): PresenceState {
  const valid: PresenceState = { user: { ...user } };
  if (state && typeof state === 'object' && !Array.isArray(state)) {
    const given = state as Record<string, unknown>;
    for (const [field, read] of Object.entries(FIELD_READERS)) {
      if (!Object.hasOwn(given, field)) continue;
      const value = read(given[field]);
      if (value !== undefined) (valid as unknown as Record<string, unknown>)[field] = value;
    }
  }
  return shownPresence(valid);
}
