'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { wordError } from '../model/serverWords';
import { fetchInvite, renewInvite, type Invite } from '../model/joinApi';
import { keyFromHash } from '../model/links';
import { loadLinks, saveKey, saveLinks, secretFor } from '../model/storage';
import type { Role } from '../../../lib/map/types';

export type InviteState = { state: 'loading' } | { state: 'ready'; invite: Invite } | { state: 'failed'; error: string };

/** The workshop's links and join code from the server, for any facilitator (not only the creating browser). */
export function useInvite(workshop: string, facilitatorKey: string) {
  const t = useTranslations();
  const [state, setState] = useState<InviteState>({ state: 'loading' });
  const [renewing, setRenewing] = useState(false);
  // The key to call with: the page's, until this facilitator renews their own (then the page reopens).
  const current = useRef(facilitatorKey);
  const [ownKeyRenewed, setOwnKeyRenewed] = useState(false);

  useEffect(() => {
    let current = true;
    fetchInvite(workshop, facilitatorKey).then(
      (invite) => current && setState({ state: 'ready', invite }),
      (err: unknown) => current && setState({ state: 'failed', error: wordError(t, err) }),
    );
    return () => {
      current = false;
    };
  }, [workshop, facilitatorKey, t]);

  const renew = useCallback(async (roles: readonly Role[] = ['participant', 'observer']) => {
    setRenewing(true);
    try {
      const invite = await renewInvite(workshop, current.current, roles, secretFor(workshop));
      // A new facilitator key opens this workshop from now on, in this browser too (the page's own
      // connection was kept open; WorkshopApp reopens with it if it ever closes).
      const fresh = keyFromHash(new URL(invite.links.facilitator).hash);
      if (fresh && fresh !== current.current) {
        saveKey(workshop, fresh);
        current.current = fresh;
        setOwnKeyRenewed(true);
      }
      setState({ state: 'ready', invite });
      // The browser that created the workshop lists its links on the start page: keep them current.
      const saved = loadLinks(workshop);
      if (saved) saveLinks(workshop, { ...saved, ...invite.links, code: invite.code ?? undefined });
    } catch (err) {
      setState({ state: 'failed', error: wordError(t, err) });
    } finally {
      setRenewing(false);
    }
  }, [workshop, t]);

  return { ...state, renewing, renew, ownKeyRenewed };
}
