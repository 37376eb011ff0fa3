import { randomToken } from '../../../lib/map/ids';
import { PRESENCE_PALETTE, colorForId } from '../../../lib/sync/palette';
import { SECRET_PATTERN } from '../../../lib/sync/protocol';
import type { Access } from './joinApi';

// Everything a browser remembers between visits lives here, so the keys are named in one place.
const KEY_PREFIX = 'clustercanvas:key:';
const SECRET_PREFIX = 'clustercanvas:secret:';
const LINKS_PREFIX = 'clustercanvas:links:';
const PERSON_KEY = 'clustercanvas:person';
const ACCESS_PREFIX = 'clustercanvas:access:';

/** How a person would like to appear. Their participant id is the server's (docs/protocol.md P2). */
export interface Person {
  name: string;
  color: string;
}

export interface WorkshopLinks {
  facilitator?: string;
  participant?: string;
  observer?: string;
  /** Kept with the links so the start page can list this browser's workshops (docs/guide.md). */
  title?: string;
  code?: string;
  savedAt?: number;
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // private mode or storage disabled: the page still works, it just forgets
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    /* see read() */
  }
}

export const loadKey = (workshop: string) => read(KEY_PREFIX + workshop);
export const saveKey = (workshop: string, key: string) => write(KEY_PREFIX + workshop, key);
export const forgetKey = (workshop: string) => {
  try {
    window.localStorage.removeItem(KEY_PREFIX + workshop);
  } catch {
    /* ignore */
  }
};

export function loadLinks(workshop: string): WorkshopLinks | null {
  const raw = read(LINKS_PREFIX + workshop);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as WorkshopLinks;
  } catch {
    return null;
  }
}
export const saveLinks = (workshop: string, links: WorkshopLinks) => write(LINKS_PREFIX + workshop, JSON.stringify(links));

/** The workshops this browser created (their links were saved here), newest first. */
export function savedWorkshops(): Array<{ id: string; links: WorkshopLinks }> {
  const out: Array<{ id: string; links: WorkshopLinks }> = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const name = window.localStorage.key(i);
      if (!name?.startsWith(LINKS_PREFIX)) continue;
      const id = name.slice(LINKS_PREFIX.length);
      const links = loadLinks(id);
      if (links?.facilitator) out.push({ id, links });
    }
  } catch {
    /* see read() */
  }
  return out.sort((a, b) => (b.links.savedAt ?? 0) - (a.links.savedAt ?? 0));
}

/**
 * This browser's secret for a workshop, made on first use: it is what tells the server that this is the
 * same person as before (docs/protocol.md P2). It never leaves this browser except in the handshake.
 */
export function secretFor(workshop: string): string {
  const stored = read(SECRET_PREFIX + workshop);
  if (stored && SECRET_PATTERN.test(stored)) return stored;
  const secret = randomToken(43);
  write(SECRET_PREFIX + workshop, secret);
  return secret;
}

/** The person as this browser last introduced them, or null on a first visit. */
export function loadPerson(): Person | null {
  const raw = read(PERSON_KEY);
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Partial<Person> & { id?: string };
    if (typeof p.name === 'string' && p.name.trim()) {
      return { name: p.name, color: typeof p.color === 'string' ? p.color : colorForId(p.id ?? p.name) };
    }
  } catch {
    /* fall through */
  }
  return null;
}

export const savePerson = (p: Person) => write(PERSON_KEY, JSON.stringify(p));

const ADJECTIVES = ['Bright', 'Calm', 'Clever', 'Curious', 'Kind', 'Quick', 'Steady', 'Bold', 'Gentle', 'Keen'];
const ANIMALS = ['Heron', 'Otter', 'Panda', 'Crane', 'Falcon', 'Lynx', 'Dolphin', 'Fox', 'Owl', 'Badger'];

/** A friendly default so nobody has to type before they can look around. */
export function suggestPerson(): Person {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
  return { name: `${pick(ADJECTIVES)} ${pick(ANIMALS)}`, color: pick(PRESENCE_PALETTE) };
}

/**
 * What the server last said a key opens, kept with the key it was for: a page loaded with no network opens
 * the workshop's kept copy with it (docs/protocol.md P17), and the server checks the key again on reconnect.
 */
export function loadAccess(workshop: string, key: string | null): Access | null {
  const raw = read(ACCESS_PREFIX + workshop);
  if (!raw || !key) return null;
  try {
    const kept = JSON.parse(raw) as { key?: unknown; access?: Partial<Access> };
    const a = kept.access;
    if (kept.key !== key || !a || typeof a.id !== 'string' || typeof a.title !== 'string' || typeof a.role !== 'string') return null;
    return { id: a.id, title: a.title, role: a.role };
  } catch {
    return null;
  }
}
export const saveAccess = (workshop: string, key: string, access: Access) => write(ACCESS_PREFIX + workshop, JSON.stringify({ key, access }));
