'use client';

import { useTranslations } from 'next-intl';

// The canvas corner's way into and out of a focus (docs/architecture.md, "The UI": focus): with one actor
// selected, "Focus" zooms to it and its direct neighbours; while focused, "Show all" brings the whole map
// back. Double-clicking an actor does the same as "Focus".

export interface FocusControlsProps {
  /** The actor in focus, with its name, or null. */
  focused: { id: string; name: string } | null;
  /** The one selected actor that "Focus" would focus on, or null. */
  candidate: { id: string; name: string } | null;
  onFocus(id: string): void;
  onShowAll(): void;
}

const button = 'pointer-events-auto inline-flex h-11 items-center gap-2 rounded-xl border border-slate-200 bg-white/95 px-4 text-sm font-semibold text-slate-800 shadow-md backdrop-blur hover:bg-slate-50';

export function FocusControls({ focused, candidate, onFocus, onShowAll }: FocusControlsProps) {
  const t = useTranslations();
  if (focused) {
    return (
      <div className="pointer-events-none absolute top-3 left-3 z-10 flex max-w-[calc(100%-1.5rem)] items-center gap-2" data-testid="focus-bar" data-focus={focused.id}>
        <button type="button" className={`${button} border-brand-600 bg-brand-600 text-white hover:bg-brand-700`} data-testid="focus-show-all" onClick={onShowAll}>
          <span aria-hidden="true">⤢</span> {t('focus.showAll')}
        </button>
        <span className="min-w-0 truncate rounded-lg bg-white/90 px-2 py-1 text-sm text-slate-700 shadow-sm">
          {t.rich('focus.neighbours', { name: focused.name, b: (chunks) => <b>{chunks}</b> })}
        </span>
      </div>
    );
  }
  if (!candidate) return null;
  return (
    <div className="pointer-events-none absolute top-3 left-3 z-10 max-w-[calc(100%-1.5rem)]">
      <button type="button" className={button} data-testid="focus-actor" onClick={() => onFocus(candidate.id)} title={t('focus.tip', { name: candidate.name })}>
        <span aria-hidden="true">◎</span>
        <span className="max-w-[16rem] truncate">{t('focus.on', { name: candidate.name })}</span>
      </button>
    </div>
  );
}
