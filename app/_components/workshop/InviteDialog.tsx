'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Role } from '../../../lib/map/types';
import { useEscape } from '../hooks/useEscape';
import { CopyButton } from '../landing/CopyButton';
import type { Invite } from '../model/joinApi';
import { projectorLink } from '../present/presentLink';
import { QrCode } from './QrCode';
import { useInvite } from './useInvite';

type LinkRole = 'participant' | 'observer' | 'facilitator';

function LinkRow({ role, link }: { role: LinkRole; link: string }) {
  const t = useTranslations();
  const name = t(`invite.who.${role}.name`);
  const who = t(`invite.who.${role}.text`);
  return (
    <div data-testid={`invite-link-${role}`}>
      <p className="text-sm font-semibold">{name}</p>
      <p className="text-sm text-slate-600">{who}</p>
      <div className="mt-1 flex gap-2">
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} aria-label={name} className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm" />
        <CopyButton text={link} testId={`invite-copy-${role}`} />
      </div>
    </div>
  );
}

function JoinPanel({ invite }: { invite: Invite & { code: string } }) {
  const t = useTranslations();
  const address = (invite.joinAt ?? '').replace(/^https?:\/\//, '').replace(/\/$/, '');
  return (
    <div className="flex flex-col items-center gap-5 sm:flex-row sm:items-center sm:gap-8">
      {invite.links.participant && (
        <figure className="shrink-0 text-center">
          <QrCode text={invite.links.participant} label={t('invite.qrLabel')} className="mx-auto h-auto w-[min(72vw,40vh,320px)] rounded-lg" />
          <figcaption className="mt-2 text-sm text-slate-600">{t('invite.scan')}</figcaption>
        </figure>
      )}
      <div className="min-w-0 text-center sm:text-left">
        <p className="text-slate-700">{t('invite.goTo')}</p>
        <p className="mt-1 text-xl font-semibold break-all text-slate-900" data-testid="invite-address">
          {address}
        </p>
        <p className="mt-4 text-sm font-semibold tracking-wide text-slate-500 uppercase">{t('invite.code')}</p>
        <p className="font-mono text-5xl font-bold tracking-widest text-slate-900 sm:text-6xl" data-testid="invite-code">
          {invite.code}
        </p>
      </div>
    </div>
  );
}

/** The links, a QR code and the join code, fetched from the server with any facilitator's key. */
export function InviteDialog({ workshopId, apiKey, onClose: close }: { workshopId: string; apiKey: string; onClose(): void }) {
  const t = useTranslations();
  const invite = useInvite(workshopId, apiKey);
  // After renewing its own key the page reopens with the new one (every other call still holds the old).
  const onClose = invite.ownKeyRenewed ? () => window.location.reload() : close;
  useEscape(onClose);
  const [roles, setRoles] = useState<Role[]>(['participant', 'observer']);
  const toggle = (role: Role) => setRoles((now) => (now.includes(role) ? now.filter((r) => r !== role) : [...now, role]));
  const renew = () => {
    if (roles.length > 0 && window.confirm(t('invite.confirm'))) void invite.renew(roles);
  };
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-3 sm:p-4" role="dialog" aria-modal="true" aria-labelledby="invite-title" onClick={onClose}>
      <div
        className="max-h-[calc(100dvh-1.5rem)] w-full max-w-3xl space-y-5 overflow-y-auto rounded-2xl bg-white p-5 shadow-xl sm:p-6"
        onClick={(e) => e.stopPropagation()}
        data-testid="invite-dialog"
        data-state={invite.state}
      >
        <h2 id="invite-title" className="text-xl font-semibold">
          {t('invite.title')}
        </h2>
        {invite.state === 'loading' && <p className="cc-pulse text-slate-500">{t('invite.loading')}</p>}
        {invite.state === 'failed' && (
          <p role="alert" className="text-red-700">
            {invite.error}
          </p>
        )}
        {invite.state === 'ready' && (
          <>
            {invite.invite.code !== null ? (
              <JoinPanel invite={{ ...invite.invite, code: invite.invite.code }} />
            ) : (
              <div className="rounded-xl bg-amber-50 p-4 text-amber-900" data-testid="invite-no-code">
                <p>{t('invite.noCode')}</p>
                <button type="button" onClick={() => void invite.renew()} disabled={invite.renewing} className="mt-3 min-h-12 rounded-xl bg-amber-600 px-5 py-3 font-semibold text-white disabled:opacity-60">
                  {invite.renewing ? t('invite.renewing') : t('invite.makeCode')}
                </button>
              </div>
            )}
            <div className="space-y-4 border-t border-slate-200 pt-4">
              <p className="font-semibold">{t('invite.links')}</p>
              {(['participant', 'observer', 'facilitator'] as const).map((role) => {
                const given = invite.invite.links[role];
                // The projector's link opens in Present mode (app/_components/present/presentLink.ts).
                const link = given && role === 'observer' ? projectorLink(given) : given;
                return link ? <LinkRow key={role} role={role} link={link} /> : null;
              })}
            </div>
            {invite.ownKeyRenewed && (
              <p role="status" className="rounded-xl bg-emerald-50 p-4 text-emerald-900" data-testid="invite-own-key-renewed">
                {t('invite.ownRenewed')}
              </p>
            )}
            {invite.invite.code !== null && (
              <div className="rounded-xl border border-slate-200 p-4">
                <p className="font-semibold">{t('invite.renewTitle')}</p>
                <p className="text-sm text-slate-600">{t('invite.renewText')}</p>
                <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {(['participant', 'observer', 'facilitator'] as const).map((role) => (
                    <label key={role} className="flex min-h-11 items-center gap-2">
                      <input type="checkbox" checked={roles.includes(role)} onChange={() => toggle(role)} data-testid={`invite-renew-${role}`} />
                      {t(`invite.renewRoles.${role}`)}
                    </label>
                  ))}
                </div>
                <button type="button" data-testid="invite-renew" onClick={renew} disabled={invite.renewing || roles.length === 0} className="mt-2 min-h-11 rounded-xl border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60">
                  {invite.renewing ? t('invite.renewing') : t('invite.renew')}
                </button>
              </div>
            )}
          </>
        )}
        <div className="flex justify-end">
          <button type="button" onClick={onClose} data-testid="invite-done" className="min-h-12 rounded-xl bg-slate-800 px-6 py-3 font-semibold text-white">
            {t('invite.done')}
          </button>
        </div>
      </div>
    </div>
  );
}
