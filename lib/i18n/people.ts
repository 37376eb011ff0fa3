import type { Locale } from './locale';

// What the server calls a person who has not given a name (server/identity/identity-service.ts: "Guest 3")
// is a built-in word, so each reader sees it in their language ("访客 3"); a name people typed stays as typed.

const GUEST = /^Guest (\d+)$/;
const GUEST_WORD: Record<Locale, (n: string) => string> = { en: (n) => `Guest ${n}`, 'zh-CN': (n) => `访客 ${n}` };

/** A person's name for a reader of `locale`. */
export function personName(name: string, locale: Locale): string {
  const guest = GUEST.exec(name);
  return guest ? GUEST_WORD[locale](guest[1]) : name;
}
