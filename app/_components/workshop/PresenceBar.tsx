'use client';

import { useState } from 'react';
import type { Role, VerifiedIdentity } from '../../../lib/sync/protocol';
import type { Peer } from '../hooks/usePresence';

const ROLE_BADGE: Record<Role, string> = {
  facilitator: 'bg-brand-100 text-brand-700',
  participant: 'bg-emerald-100 text-emerald-800',
  observer: 'bg-slate-200 text-slate-700',
};

export function initials(name: string) {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  // Chinese names have no spaces: the first character alone reads best.
  if (words.length === 1) return [...words[0]].slice(0, /[\u3400-\u9fff]/.test(words[0]) ? 1 : 2).join('').toUpperCase();
  return (words[0][0] + words[words.length - 1][0]).toUpperCase();
}

function Avatar({ person, ring }: { person: VerifiedIdentity; ring?: boolean }) {
  return (
    <span
      className={`inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full text-sm font-bold text-white ${ring ? 'ring-2 ring-white' : ''}`}
      style={{ backgroundColor: person.color }}
      title={`${person.name} (${person.role})`}
    >
      {initials(person.name)}
    </span>
  );
}

/** Who is here: avatars in the header, and the full list with roles when opened. */
export function PresenceBar({ me, peers, onRename }: { me: VerifiedIdentity | null; peers: Peer[]; onRename(): void }) {
  const [open, setOpen] = useState(false);
  // One person with two tabs open is still one person.
  const others = new Map<string, VerifiedIdentity>();
  for (const { state } of peers) if (state.user.id !== me?.id && !others.has(state.user.id)) others.set(state.user.id, state.user);
  const people = [...(me ? [me] : []), ...others.values()];

  return (
    <div className="relative" data-testid="presence" data-count={people.length}>
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="presence-toggle" className="flex items-center rounded-full p-0.5 hover:bg-slate-100">
        <span className="flex -space-x-2">
          {people.slice(0, 5).map((p) => (
            <Avatar key={p.id} person={p} ring />
          ))}
        </span>
        {people.length > 5 && <span className="ml-1 text-sm font-semibold text-slate-600">+{people.length - 5}</span>}
        <span className="ml-2 hidden text-sm text-slate-600 sm:inline">{people.length === 1 ? 'Only you' : `${people.length} here`}</span>
      </button>
      <div className={`absolute right-0 z-30 mt-2 w-72 rounded-xl border border-slate-200 bg-white p-2 shadow-lg ${open ? '' : 'hidden'}`}>
        <ul>
          {people.map((p) => (
            <li key={p.id} className="flex items-center gap-3 rounded-lg px-2 py-2" data-testid="presence-person" data-name={p.name} data-role={p.role}>
              <Avatar person={p} />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">
                  {p.name}
                  {p.id === me?.id && <span className="font-normal text-slate-500"> (you)</span>}
                </span>
              </span>
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${ROLE_BADGE[p.role]}`}>{p.role}</span>
            </li>
          ))}
        </ul>
        <button
          type="button"
          data-testid="rename"
          onClick={() => {
            setOpen(false);
            onRename();
          }}
          className="mt-1 w-full rounded-lg px-3 py-2 text-left text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Change my name
        </button>
      </div>
    </div>
  );
}
