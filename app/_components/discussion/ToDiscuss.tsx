'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { elementNames } from '../../../lib/map/labels';
import type { DiscussItem } from '../../../lib/map/to-discuss';
import type { ClusterMap } from '../../../lib/map/types';
import { STATUS_STYLE } from '../agreement/status';
import { UNREAD_COLOR } from './cyMarks';
import { BubbleIcon } from './icons';

/**
 * What the group should talk about: contested elements and elements with comments new to this person, each
 * a button that selects it on the map. Also says what the marks on the canvas mean (its legend line).
 */
export function ToDiscuss({ items, map, onSelect }: { items: DiscussItem[]; map: ClusterMap; onSelect(id: string): void }) {
  // Open from the start only where it does not cover the map (as the legend); the count shows anyway.
  const t = useTranslations();
  const [open, setOpen] = useState(() => window.innerWidth >= 1600);
  const names = elementNames(map);
  const contested = items.filter((i) => i.status === 'contested').length;

  return (
    // Open, it covers part of the map: the map pans the element it takes you to out from under it.
    <div className="pointer-events-auto w-auto max-w-[min(20rem,calc(100vw-1.5rem))] rounded-xl border border-slate-200 bg-white/95 shadow-md backdrop-blur" data-testid="to-discuss" data-count={items.length} data-covers-canvas={open || undefined}>
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="to-discuss-toggle" className="flex w-full items-center justify-between gap-3 px-3 py-2 text-sm font-semibold text-slate-700">
        <span className="flex items-center gap-1.5">
          <BubbleIcon />
          {t('toDiscuss.title')}
          <span className={`rounded-full px-1.5 py-0.5 text-xs tabular-nums ${items.length ? 'bg-rose-100 text-rose-800' : 'bg-slate-100 text-slate-500'}`}>{items.length}</span>
        </span>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="max-h-[min(24rem,calc(100dvh-18rem))] space-y-2 overflow-y-auto px-3 pb-3">
          {items.length === 0 ? (
            <p className="text-sm text-slate-500">{t('toDiscuss.none')}</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="to-discuss-list">
              {items.map((i) => {
                return (
                  <li key={i.id}>
                    <button type="button" data-testid="to-discuss-item" data-id={i.id} data-status={i.status} onClick={() => {
                        // Where it covers the map, it steps aside for the element it took you to.
                        if (window.innerWidth < 1600) setOpen(false);
                        onSelect(i.id);
                      }} className="flex w-full items-center gap-2 px-2.5 py-2 text-left text-sm hover:bg-slate-50">
                      <span className="min-w-0 flex-1 truncate font-medium">{names.get(i.id) ?? i.id}</span>
                      {i.status === 'contested' && (
                        <span className="shrink-0 rounded-full bg-rose-50 px-1.5 py-0.5 text-xs font-semibold text-rose-700 ring-1 ring-rose-200">{t('toDiscuss.disagree')}</span>
                      )}
                      {i.unread > 0 && (
                        <span className="shrink-0 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white" title={t('toDiscuss.new', { count: i.unread })}>
                          {t('toDiscuss.new', { count: i.unread })}
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {contested > 0 && <p className="text-xs text-slate-500">{t('toDiscuss.contested', { count: contested })}</p>}
          <ul className="space-y-1 border-t border-slate-100 pt-2 text-xs text-slate-600" data-testid="discussion-legend">
            <li className="flex items-center gap-2">
              <RingSwatch color={STATUS_STYLE.contested.ring!} />
              {t('toDiscuss.legendContested')}
            </li>
            <li className="flex items-center gap-2">
              <RingSwatch color={STATUS_STYLE.agreed.ring!} />
              {t('toDiscuss.legendDecided')}
            </li>
            <li className="flex items-center gap-2">
              <span className="flex w-[22px] justify-center" style={{ color: UNREAD_COLOR }}>
                <BubbleIcon size={18} />
              </span>
              {t('toDiscuss.legendBubble')}
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}

function RingSwatch({ color }: { color: string }) {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="11" cy="11" r="6.5" fill="#94a3b8" />
      <circle cx="11" cy="11" r="9.5" fill="none" stroke={color} strokeWidth="2.5" />
    </svg>
  );
}
