'use client';

import { useTranslations } from 'next-intl';
import { TIE_KINDS, type TieKind } from '../../../lib/map/types';
import { TieSwatch } from '../legend/Swatches';

/** While connecting: what to do next, and which kind of tie will be drawn. */
export function ConnectHint({ source, kind, onKind, onCancel }: { source: string | null; kind: TieKind; onKind(k: TieKind): void; onCancel(): void }) {
  const t = useTranslations();
  return (
    <div className="absolute top-3 left-1/2 z-20 w-[min(44rem,calc(100%-1.5rem))] -translate-x-1/2 rounded-2xl border border-emerald-300 bg-white p-3 shadow-lg" data-testid="connect-hint">
      <p className="text-sm font-semibold text-emerald-900">{source ? t('connect.nowTarget') : t('connect.how')}</p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <span className="text-xs text-slate-500">{t('connect.kind')}</span>
        {TIE_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            data-testid={`connect-kind-${k}`}
            aria-pressed={kind === k}
            onClick={() => onKind(k)}
            className={`flex items-center gap-1 rounded-full border px-2.5 py-1 text-xs font-medium ${kind === k ? 'border-emerald-600 bg-emerald-50 text-emerald-900' : 'border-slate-200 text-slate-600'}`}
          >
            <TieSwatch kind={k} width={2} />
            {t(`map.tieKind.${k}.label`)}
          </button>
        ))}
        <button type="button" onClick={onCancel} className="ml-auto rounded-full px-3 py-1 text-xs font-semibold text-slate-600 hover:bg-slate-100" data-testid="connect-cancel">
          {t('connect.cancel')}
        </button>
      </div>
    </div>
  );
}
