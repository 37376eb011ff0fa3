'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { VerifiedIdentity } from '../../../lib/sync/protocol';
import type { Peer } from '../hooks/usePresence';
import type { SaveStatus } from '../hooks/useWorkshop';
import { Logo } from '../landing/Landing';
import { PresenceBar } from './PresenceBar';
import { StatusIndicator } from './StatusIndicator';

/**
 * The workshop's one top bar (docs/architecture.md "The UI"): its name, the phase, the map tools, then
 * the timer and the facilitator's controls, whether changes are saved, who is here, and Invite. One row
 * from a tablet up (56 px of a 720 px projector); on a phone the tools get a second, scrolling row.
 */
export function WorkspaceHeader({
  title,
  cluster,
  status,
  waiting = 0,
  me,
  peers,
  onRename,
  onInvite,
  phase,
  tools,
  actions,
}: {
  title: string;
  cluster?: string;
  status: SaveStatus;
  /** Local changes the server has not acknowledged (docs/protocol.md P17). */
  waiting?: number;
  me: VerifiedIdentity | null;
  peers: Peer[];
  onRename(): void;
  /** Shown to every facilitator: the links come from the server (docs/architecture.md "Joining"). */
  onInvite: (() => void) | null;
  /** The phase chip, shown once here. */
  phase?: ReactNode;
  /** The map tools (Toolbar). */
  tools?: ReactNode;
  /** Timer, Facilitate, Present: between the tools and the status. */
  actions?: ReactNode;
}) {
  const t = useTranslations();
  return (
    <header className="relative z-40 flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-slate-200 bg-white px-2 py-1.5 sm:flex-nowrap sm:px-3" data-testid="top-bar">
      <a href="/" aria-label={t('header.home')} className="shrink-0">
        <Logo size={28} />
      </a>
      <div className="min-w-0 flex-1 sm:max-w-[10rem] sm:flex-none xl:max-w-[12rem] 2xl:max-w-[22rem]">
        <h1 className="truncate text-base leading-tight font-semibold" data-testid="workshop-title" title={title}>
          {title || t('header.untitled')}
        </h1>
        {cluster && <p className="hidden truncate text-xs text-slate-500 2xl:block">{cluster}</p>}
      </div>
      {phase}
      <div className="order-last flex w-full min-w-0 sm:order-none sm:w-auto sm:flex-1">{tools}</div>
      <div className="flex shrink-0 items-center gap-1.5">
        {actions}
        <StatusIndicator status={status} waiting={waiting} />
        <PresenceBar me={me} peers={peers} onRename={onRename} onInvite={onInvite} />
        {onInvite && (
          <button type="button" data-testid="invite-button" onClick={onInvite} className="hidden h-10 shrink-0 rounded-xl border border-slate-300 px-3 text-sm font-semibold hover:bg-slate-50 sm:block">
            {t('header.invite')}
          </button>
        )}
      </div>
    </header>
  );
}
