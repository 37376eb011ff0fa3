import { randomToken } from '../../../lib/map/ids';
import { colorForId } from '../../../lib/sync/palette';

// Everything a browser remembers between visits lives here, so the keys are named in one place.
const KEY_PREFIX = 'clustercanvas:key:';
const LINKS_PREFIX = 'clustercanvas:links:';
const PERSON_KEY = 'clustercanvas:person';

export interface Person {
  id: string;
  name: string;
  color: string;
}

export interface WorkshopLinks {
  facilitator?: string;
  participant?: string;
  observer?: string;
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

/** The person as this browser last introduced them, or null on a first visit. */
export function loadPerson(): Person | null {
  const raw = read(PERSON_KEY);
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Partial<Person>;
    if (typeof p.id === 'string' && typeof p.name === 'string' && p.name.trim()) {
      return { id: p.id, name: p.name, color: typeof p.color === 'string' ? p.color : colorForId(p.id) };
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
  const pick = <T,>(list: T[]) => list[Math.floor(Math.random() * list.length)];
  const id = `p_${randomToken(12)}`;
  return { id, name: `${pick(ADJECTIVES)} ${pick(ANIMALS)}`, color: colorForId(id) };
}
