'use client';

import { useTranslations } from 'next-intl';
import { FollowIcon } from './icons';
import type { Facilitation } from './useFacilitation';

/** "Following Ada's view", with a personal way out (and back in while that facilitator still leads). */
export function FollowBanner({ f }: { f: Facilitation }) {
  const t = useTranslations();
  if (f.leader) {
    return (
      <div data-testid="follow-banner" className="flex items-center gap-3 border-b border-brand-600 bg-brand-600 px-3 py-1.5 text-sm text-white sm:px-4">
        <FollowIcon />
        <span className="min-w-0 flex-1 truncate">
          {t.rich('follow.following', { name: f.leader.state.user.name, b: (chunks) => <b>{chunks}</b> })}
        </span>
        <button type="button" data-testid="follow-stop" onClick={f.stopFollowing} className="shrink-0 rounded-lg bg-white/15 px-3 py-1 font-semibold hover:bg-white/25">
          {t('follow.stop')}
        </button>
      </div>
    );
  }
  if (f.leaderPaused) {
    return (
      <div data-testid="follow-paused" className="flex items-center gap-3 border-b border-slate-200 bg-white px-3 py-1 text-sm text-slate-600 sm:px-4">
        <span className="min-w-0 flex-1 truncate">
          {t('follow.showing', { name: f.leaderPaused.state.user.name })}
        </span>
        <button type="button" data-testid="follow-again" onClick={f.followAgain} className="shrink-0 rounded-lg px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50">
          {t('follow.again')}
        </button>
      </div>
    );
  }
  return null;
}
