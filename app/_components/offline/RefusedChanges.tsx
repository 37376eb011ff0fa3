'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { wordRefusedChange, type RefusedChange } from './refusedWords';

/**
 * Changes the server refused (docs/protocol.md P17), each by element, until the person closes the note:
 * made offline while the facilitator froze the map, say. Never silent, never resent.
 */
export function RefusedChanges({ items, onSelect }: { items: RefusedChange[]; onSelect(element: string): void }) {
  const t = useTranslations();
  const locale = useLocale();
  const [closed, setClosed] = useState<RefusedChange[] | null>(null);
  if (items.length === 0 || closed === items) return null;
  return (
    <div role="alert" data-covers-canvas data-testid="refused-changes" className="absolute bottom-16 left-3 z-20 max-w-md rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 shadow-lg">
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.key} data-testid="refused-change" data-element={item.element ?? ''} data-why={'reason' in item.why ? item.why.reason : 'code' in item.why ? item.why.code : ''}>
            {item.element ? (
              <button type="button" className="text-left underline-offset-2 hover:underline" onClick={() => onSelect(item.element!)}>
                {wordRefusedChange(t, locale, item)}
              </button>
            ) : (
              wordRefusedChange(t, locale, item)
            )}
          </li>
        ))}
      </ul>
      <button type="button" data-testid="refused-close" className="mt-2 rounded-md px-2 py-1 text-xs font-semibold text-amber-900 ring-1 ring-amber-300 hover:bg-amber-100" onClick={() => setClosed(items)}>
        {t('common.close')}
      </button>
    </div>
  );
}
