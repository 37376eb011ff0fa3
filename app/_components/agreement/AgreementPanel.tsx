'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { wordError } from '../model/serverWords';
import { AGREEMENT_STATUSES, ruleProblem, type Agreement, type AgreementRules, type AgreementStatus } from '../../../lib/map/agreement';
import { LockIcon } from '../rounds/RoundBanner';
import { RulesForm } from './RulesForm';
import { STATUS_STYLE, rulesSentence } from './status';

export interface AgreementPanelProps {
  agreement: Agreement;
  /** element id → what to call it. */
  names: ReadonlyMap<string, string>;
  /** May change quorum and threshold (the facilitator). */
  canSteer: boolean;
  /** May finish the agreement, saving the agreed map as a checkpoint (the facilitator). */
  canFinish: boolean;
  agreedOnly: boolean;
  onAgreedOnly(on: boolean): void;
  onSelect(id: string): void;
  onRules(rules: Partial<AgreementRules>): void;
  /** Saves the agreed checkpoint; resolves with its name, rejects with a message. */
  onFinish(): Promise<string>;
  /** The facilitator's secret-round controls (app/_components/rounds/RoundControl.tsx). */
  roundControl?: ReactNode;
  /** For an element of the open secret round, how many people have voted on it; null for the others. */
  roundCount?: (id: string) => number | null;
}

/**
 * The Agree phase in one panel: how far the group is ("41 of 52 elements decided"), the rules in force,
 * every element with its status, tally and decision, a switch to the agreed map only, and, for the
 * facilitator, the rules and "Finish agreement".
 */
export function AgreementPanel(p: AgreementPanelProps) {
  const t = useTranslations();
  const format = useFormatter();
  const { agreement } = p;
  const [filter, setFilter] = useState<AgreementStatus | null>(null);
  const [finish, setFinish] = useState<{ busy: boolean; message: string | null; error: boolean }>({ busy: false, message: null, error: false });
  const shown = agreement.elements.filter((e) => !filter || e.status === filter);
  const share = agreement.total ? Math.round((agreement.settled / agreement.total) * 100) : 0;

  const onFinish = () => {
    setFinish({ busy: true, message: null, error: false });
    p.onFinish().then(
      (name) => setFinish({ busy: false, message: t('agreement.finished', { name }), error: false }),
      (err: unknown) => setFinish({ busy: false, message: wordError(t, err), error: true }),
    );
  };

  return (
    <section className="flex h-full min-h-0 flex-col" data-testid="agreement-panel" aria-label={t('dock.agreement')}>
      <div className="shrink-0 space-y-3 border-b border-slate-200 bg-white p-3">
        <div>
          <p className="text-base font-semibold text-slate-900" data-testid="agreement-progress" data-settled={agreement.settled} data-total={agreement.total}>
            {t('agreement.progress', { settled: agreement.settled, total: agreement.total })}
          </p>
          <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
            <div className="h-full rounded-full bg-emerald-500" style={{ width: `${share}%` }} />
          </div>
        </div>
        <div className="flex flex-wrap gap-1.5" role="group" aria-label={t('agreement.showOnly')}>
          {AGREEMENT_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              aria-pressed={filter === status}
              data-testid={`agreement-count-${status}`}
              data-count={agreement.counts[status]}
              onClick={() => setFilter(filter === status ? null : status)}
              title={t(`agreement.status.${status}.hint`)}
              className={`rounded-full border px-2.5 py-1 text-xs font-semibold ${STATUS_STYLE[status].badge} ${filter === status ? 'ring-2 ring-brand-500' : ''}`}
            >
              {t(`agreement.status.${status}.label`)} {format.number(agreement.counts[status])}
            </button>
          ))}
        </div>
        <label className="flex min-h-9 cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" checked={p.agreedOnly} data-testid="agreed-only" onChange={(e) => p.onAgreedOnly(e.target.checked)} className="h-5 w-5 accent-emerald-600" />
          {t('agreement.agreedOnly')}
        </label>
        {p.canSteer ? (
          <RulesForm rules={agreement.rules} problemOf={(rule, value) => (ruleProblem(rule, value) ? t(`agreement.ruleProblem.${rule}`) : null)} onChange={p.onRules} />
        ) : (
          <p className="text-xs text-slate-600" data-testid="agreement-rules">{rulesSentence(t, agreement.rules)}</p>
        )}
        {p.roundControl}
        {p.canFinish && (
          <div className="space-y-1">
            <button
              type="button"
              data-testid="finish-agreement"
              disabled={finish.busy}
              onClick={onFinish}
              className="w-full rounded-xl bg-emerald-600 px-4 py-2.5 font-semibold text-white hover:bg-emerald-700 disabled:bg-slate-300"
              title={t('agreement.finishTip')}
            >
              {finish.busy ? t('status.saving.text') : t('agreement.finish')}
            </button>
            {finish.message && (
              <p role={finish.error ? 'alert' : 'status'} data-testid="finish-result" className={`text-sm ${finish.error ? 'text-rose-700' : 'text-emerald-800'}`}>
                {finish.message}
              </p>
            )}
          </div>
        )}
      </div>

      <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto bg-white" data-testid="agreement-list">
        {shown.length === 0 && <li className="p-3 text-sm text-slate-500">{agreement.total === 0 ? t('agreement.emptyMap') : t('agreement.noneWithStatus')}</li>}
        {shown.map((e) => (
          <li key={e.id}>
            <button type="button" data-testid="agreement-item" data-id={e.id} data-status={e.status} onClick={() => p.onSelect(e.id)} className="flex w-full items-start gap-2 px-3 py-2 text-left hover:bg-slate-50">
              <span className={`mt-0.5 shrink-0 rounded-full border px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[e.status].badge}`}>{t(`agreement.status.${e.status}.label`)}</span>
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium text-slate-900">{p.names.get(e.id) ?? e.id}</span>
                {e.decision?.reason && <span className="block truncate text-xs text-slate-600">{e.decision.reason}</span>}
              </span>
              {p.roundCount?.(e.id) != null ? (
                <span className="flex shrink-0 items-center gap-1 text-xs font-semibold text-violet-800 tabular-nums" data-testid="agreement-round-count" data-count={p.roundCount(e.id)}>
                  <LockIcon />
                  {t('rounds.voted', { count: p.roundCount(e.id)! })}
                </span>
              ) : (
                <span className="flex shrink-0 items-center gap-1 text-xs text-slate-600 tabular-nums" data-secret={e.secret || undefined} title={t('agreement.tally', { agree: e.tally.agree, disagree: e.tally.disagree, unsure: e.tally.unsure })}>
                  {e.secret && <LockIcon />}✓{e.tally.agree} ✗{e.tally.disagree} ?{e.tally.unsure}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
