'use client';

import { useState } from 'react';
import type { DiscussItem } from '../../../lib/map/discussion';
import type { ClusterMap } from '../../../lib/map/types';
import { CONTESTED_COLOR, UNREAD_COLOR } from './cyMarks';
import { BubbleIcon } from './icons';

/**
 * What the group should talk about: contested elements and elements with comments new to this person, each
 * a button that selects it on the map. Also says what the marks on the canvas mean (its legend line).
 */
export function ToDiscuss({ items, map, onSelect }: { items: DiscussItem[]; map: ClusterMap; onSelect(id: string): void }) {
  // Open from the start only where it does not cover the map (as the legend); the count shows anyway.
  const [open, setOpen] = useState(() => window.innerWidth >= 1600);
  const actors = new Map(map.actors.map((a) => [a.id, a.label]));
  const tieLabel = (id: string) => {
    const t = map.ties.find((x) => x.id === id);
    if (!t) return id;
    return `${actors.get(t.source) ?? '?'} ${t.directed ? '→' : '—'} ${actors.get(t.target) ?? '?'}`;
  };
  const contested = items.filter((i) => i.status === 'contested').length;

  return (
    <div className="pointer-events-auto w-auto max-w-[min(20rem,calc(100vw-1.5rem))] rounded-xl border border-slate-200 bg-white/95 shadow-md backdrop-blur" data-testid="to-discuss" data-count={items.length}>
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="to-discuss-toggle" className="flex w-full items-center justify-between gap-3 px-3 py-2 text-sm font-semibold text-slate-700">
        <span className="flex items-center gap-1.5">
          <BubbleIcon />
          To discuss
          <span className={`rounded-full px-1.5 py-0.5 text-xs tabular-nums ${items.length ? 'bg-rose-100 text-rose-800' : 'bg-slate-100 text-slate-500'}`}>{items.length}</span>
        </span>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="max-h-[min(24rem,calc(100dvh-18rem))] space-y-2 overflow-y-auto px-3 pb-3">
          {items.length === 0 ? (
            <p className="text-sm text-slate-500">Nothing yet. Elements appear here when someone disagrees or writes a comment you have not read.</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="to-discuss-list">
              {items.map((i) => {
                const isActor = actors.has(i.id);
                return (
                  <li key={i.id}>
                    <button type="button" data-testid="to-discuss-item" data-id={i.id} data-status={i.status} onClick={() => onSelect(i.id)} className="flex w-full items-center gap-2 px-2.5 py-2 text-left text-sm hover:bg-slate-50">
                      <span className="min-w-0 flex-1 truncate font-medium">{isActor ? actors.get(i.id) : tieLabel(i.id)}</span>
                      {i.status === 'contested' && (
                        <span className="shrink-0 rounded-full bg-rose-50 px-1.5 py-0.5 text-xs font-semibold text-rose-700 ring-1 ring-rose-200">disagree</span>
                      )}
                      {i.unread > 0 && (
                        <span className="shrink-0 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white" title={`${i.unread} new`}>
                          {i.unread} new
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {contested > 0 && <p className="text-xs text-slate-500">{contested === 1 ? '1 element has' : `${contested} elements have`} at least one “Disagree”.</p>}
          <ul className="space-y-1 border-t border-slate-100 pt-2 text-xs text-slate-600" data-testid="discussion-legend">
            <li className="flex items-center gap-2">
              <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
                <circle cx="11" cy="11" r="6.5" fill="#94a3b8" />
                <circle cx="11" cy="11" r="9.5" fill="none" stroke={CONTESTED_COLOR} strokeWidth="2.5" />
              </svg>
              Rose ring (or halo on a tie): someone disagrees
            </li>
            <li className="flex items-center gap-2">
              <span className="flex w-[22px] justify-center" style={{ color: UNREAD_COLOR }}>
                <BubbleIcon size={18} />
              </span>
              Bubble: comments (blue while some are new to you)
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
