'use client';

import { useLocale, useTranslations } from 'next-intl';
import { personName } from '../../../lib/i18n/people';
import { useState } from 'react';
import { initials } from '../../../lib/map/initials';
import { isPerson } from '../../../lib/sync/presence';
import type { Role, VerifiedIdentity } from '../../../lib/sync/protocol';
import type { Peer } from '../hooks/usePresence';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';


const ROLE_BADGE: Record<Role, string> = {
  facilitator: 'bg-brand-100 text-brand-700',
  participant: 'bg-emerald-100 text-emerald-800',
  observer: 'bg-slate-200 text-slate-700',
};

function Avatar({ person, ring }: { person: VerifiedIdentity; ring?: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <span
      className={`inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full text-sm font-bold text-white ${ring ? 'ring-2 ring-white' : ''}`}
      style={{ backgroundColor: person.color }}
      title={`${personName(person.name, locale)} (${t(`roles.${person.role}`)})`}
    >
      {initials(person.name)}
    </span>
  );
}

/** Who is here: avatars in the header, and the full list with roles when opened. */
/** `onInvite`: a facilitator's way to the invite from the list of people (the only one on a phone). */
export function PresenceBar({ me, peers, onRename, onInvite }: { me: VerifiedIdentity | null; peers: Peer[]; onRename(): void; onInvite?: (() => void) | null }) {
  const t = useTranslations();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  // One person with two tabs open is still one person; a projector (observer) is a screen, not a person
  // (lib/sync/presence.ts), also on its own screen.
  const others = new Map<string, VerifiedIdentity>();
  for (const { state } of peers) if (isPerson(state) && state.user.id !== me?.id && !others.has(state.user.id)) others.set(state.user.id, state.user);
  const counted = me && isPerson({ user: me }) ? me : null;
  const people = [...(counted ? [counted] : []), ...others.values()];

  return (
    <div className="relative" data-testid="presence" data-count={people.length}>
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-label={t('presence.toggle')} data-testid="presence-toggle" className="flex items-center rounded-full p-0.5 hover:bg-slate-100">
        <span className="flex -space-x-2">
          {people.slice(0, 5).map((p) => (
            <Avatar key={p.id} person={p} ring />
          ))}
        </span>
        {people.length > 5 && <span className="ml-1 text-sm font-semibold text-slate-600">+{people.length - 5}</span>}
        <span className="ml-2 hidden text-sm text-slate-600 2xl:inline">{people.length === 0 ? t('presence.nobody') : people.length === 1 && counted ? t('presence.onlyYou') : t('presence.here', { count: people.length })}</span>
      </button>
      <div className={`absolute right-0 z-30 mt-2 w-72 rounded-xl border border-slate-200 bg-white p-2 shadow-lg ${open ? '' : 'hidden'}`}>
        <ul>
          {people.map((p) => (
            <li key={p.id} className="flex items-center gap-3 rounded-lg px-2 py-2" data-testid="presence-person" data-name={p.name} data-role={p.role}>
              <Avatar person={p} />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">
                  {personName(p.name, locale)}
                  {p.id === me?.id && <span className="font-normal text-slate-500">{t('presence.you')}</span>}
                </span>
              </span>
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${ROLE_BADGE[p.role]}`}>{t(`roles.${p.role}`)}</span>
            </li>
          ))}
        </ul>
        {counted && (
          <button
            type="button"
            data-testid="rename"
            onClick={() => {
              setOpen(false);
              onRename();
            }}
            className="mt-1 w-full rounded-lg px-3 py-2 text-left text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            {t('presence.rename')}
          </button>
        )}
        {onInvite && (
          <button
            type="button"
            data-testid="presence-invite"
            onClick={() => {
              setOpen(false);
              onInvite();
            }}
            className="mt-1 w-full rounded-lg px-3 py-2 text-left text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            {t('header.inviteLong')}
          </button>
        )}
        {/* The language, for everyone, here rather than in the slim bar (docs/architecture.md "Languages"). */}
        <div className="mt-1 border-t border-slate-100 px-3 pt-2 pb-1">
          <LanguageSwitcher />
        </div>
      </div>
    </div>
  );
}
