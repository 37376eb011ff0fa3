'use client';

import type { Core } from 'cytoscape';
import { useLocale } from 'next-intl';
import { useEffect, useState } from 'react';
import { personName } from '../../../lib/i18n/people';
import type { Peer } from '../hooks/usePresence';
import type { View } from './Canvas';

/** Other people's pointers, drawn where they point in model coordinates, so zoom and pan do not matter. */
export function RemoteCursors({ cy, peers, view }: { cy: Core; peers: Peer[]; view: View }) {
  const locale = useLocale();
  const [, setTick] = useState(0);
  useEffect(() => {
    const onViewport = () => setTick((t) => t + 1);
    cy.on('viewport resize', onViewport);
    return () => void cy.removeListener('viewport resize', onViewport);
  }, [cy]);

  const zoom = cy.zoom();
  const pan = cy.pan();
  return (
    <div className="pointer-events-none absolute inset-0 overflow-hidden" aria-hidden="true">
      {peers.map(({ clientId, state, pointer }) => {
        const c = state.cursor;
        // A cursor only means something to someone looking at the same view.
        if (!c || (state.view ?? 'network') !== view) return null;
        const x = c.x * zoom + pan.x;
        const y = c.y * zoom + pan.y;
        return (
          <div
            key={clientId}
            data-testid="remote-cursor"
            data-name={state.user.name}
            data-pointer={pointer ?? 'active'}
            className="absolute top-0 left-0 transition-[transform,opacity] duration-75 ease-linear"
            // An idle pointer fades (lib/sync/presence.ts POINTER_IDLE) and then is not drawn at all.
            style={{ transform: `translate(${x}px, ${y}px)`, opacity: pointer === 'faded' ? 0.3 : 1 }}
          >
            <svg width="20" height="22" viewBox="0 0 20 22" className="drop-shadow">
              <path d="M2 2 L2 18 L6.5 13.5 L10 21 L13 19.6 L9.6 12.4 L16 12.4 Z" fill={state.user.color} stroke="white" strokeWidth="1.5" />
            </svg>
            <span
              className="ml-4 -mt-1 inline-block rounded-md px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-white shadow"
              style={{ backgroundColor: state.user.color }}
            >
              {personName(state.user.name, locale)}
            </span>
          </div>
        );
      })}
    </div>
  );
}
