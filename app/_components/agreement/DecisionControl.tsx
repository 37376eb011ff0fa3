'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { DecisionRecord } from '../../../lib/map/discussion';
import { MAP_LIMITS } from '../../../lib/map/limits';
import { DECISIONS, type Decision } from '../../../lib/map/types';
import { STATUS_STYLE } from './status';

/**
 * The facilitator's decision on one element (agreed · rejected · parked, with an optional reason), which
 * overrides the votes; everyone else sees the decision and its reason. `canDecide` comes from the one
 * permissions module (lib/access/permissions.ts).
 */
export function DecisionControl({
  elementId,
  decision,
  canDecide,
  decidedBy,
  onDecide,
}: {
  elementId: string;
  decision: DecisionRecord | undefined;
  canDecide: boolean;
  /** The name of whoever decided. */
  decidedBy: string | null;
  onDecide(value: Decision | null, reason: string): void;
}) {
  const t = useTranslations();
  const [reason, setReason] = useState(decision?.reason ?? '');
  useEffect(() => setReason(decision?.reason ?? ''), [elementId, decision?.reason]);

  if (!canDecide) {
    if (!decision) return null;
    return (
      <div data-testid="decision" data-decision={decision.value} className={`rounded-xl border px-3 py-2 text-sm ${STATUS_STYLE[decision.value].badge}`}>
        <p className="font-semibold">
          {decidedBy ? t('decision.byNamed', { decision: t(`agreement.status.${decision.value}.label`), name: decidedBy }) : t('decision.by', { decision: t(`agreement.status.${decision.value}.label`) })}
        </p>
        {decision.reason && <p className="mt-0.5 break-words" data-testid="decision-reason">{decision.reason}</p>}
      </div>
    );
  }

  return (
    <div className="space-y-2" data-testid="decision-control" data-decision={decision?.value ?? ''}>
      <h3 className="text-sm font-semibold text-slate-700">{t('decision.yours')}</h3>
      <div className="grid grid-cols-3 gap-1.5" role="group" aria-label={t('decision.label')}>
        {DECISIONS.map((value) => {
          const on = decision?.value === value;
          return (
            <button
              key={value}
              type="button"
              aria-pressed={on}
              data-testid={`decide-${value}`}
              onClick={() => onDecide(on ? null : value, reason)}
              title={on ? t('decision.takeBack') : t(`agreement.status.${value}.hint`)}
              className={`min-h-11 rounded-xl border-2 px-2 text-sm font-semibold transition ${on ? STATUS_STYLE[value].badge : 'border-slate-200 bg-white text-slate-700 hover:bg-slate-50'}`}
            >
              {on ? t(`agreement.status.${value}.label`) : t(`decision.verb.${value}`)}
            </button>
          );
        })}
      </div>
      <input
        value={reason}
        maxLength={MAP_LIMITS.reasonLength}
        onChange={(e) => setReason(e.target.value)}
        onBlur={() => decision && reason.trim() !== (decision.reason ?? '') && onDecide(decision.value, reason)}
        aria-label={t('decision.reasonLabel')}
        data-testid="decision-reason-input"
        placeholder={t('decision.reasonPlaceholder')}
        className="w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
      />
      <p className="text-xs text-slate-500">{t('decision.overrides')}</p>
    </div>
  );
}
