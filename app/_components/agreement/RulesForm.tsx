'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { AgreementRules } from '../../../lib/map/agreement';
import { rulesSentence } from './status';

/** The facilitator's agreement rules: the quorum and the share of agree votes, checked before they are written. */
export function RulesForm({
  rules,
  problemOf,
  onChange,
}: {
  rules: AgreementRules;
  problemOf(rule: 'quorum' | 'threshold', value: number): string | null;
  onChange(rules: Partial<AgreementRules>): void;
}) {
  const t = useTranslations();
  const [quorum, setQuorum] = useState(String(rules.quorum));
  const [percent, setPercent] = useState(String(Math.round(rules.threshold * 100)));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setQuorum(String(rules.quorum));
    setPercent(String(Math.round(rules.threshold * 100)));
  }, [rules.quorum, rules.threshold]);

  const commit = () => {
    const q = Number(quorum);
    const share = Number(percent) / 100;
    const found = problemOf('quorum', q) ?? problemOf('threshold', share);
    setProblem(found);
    if (found) return;
    const patch: Partial<AgreementRules> = {};
    if (q !== rules.quorum) patch.quorum = q;
    // Compared as shown (whole percent), so the default 2/3 stays exact until someone changes it.
    if (Math.round(share * 100) !== Math.round(rules.threshold * 100)) patch.threshold = share;
    if (Object.keys(patch).length) onChange(patch);
  };

  return (
    <form
      className="space-y-1 rounded-lg bg-slate-50 p-2"
      data-testid="agreement-rules-form"
      onSubmit={(e) => {
        e.preventDefault();
        commit();
      }}
    >
      <p className="text-xs font-semibold text-slate-700">{t('agreement.rules')}</p>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
        <label className="flex items-center gap-1">
          {t('agreement.atLeast')}
          <input type="number" min={1} step={1} value={quorum} onChange={(e) => setQuorum(e.target.value)} onBlur={commit} data-testid="rule-quorum" aria-label={t('agreement.quorumLabel')} className="w-16 rounded border border-slate-300 px-2 py-1" />
          {t('agreement.votesSemicolon')}
        </label>
        <label className="flex items-center gap-1">
          {t('agreement.agreedAt')}
          <input type="number" min={1} max={100} step={1} value={percent} onChange={(e) => setPercent(e.target.value)} onBlur={commit} data-testid="rule-threshold" aria-label={t('agreement.thresholdLabel')} className="w-16 rounded border border-slate-300 px-2 py-1" />
          {t('agreement.percentAgree')}
        </label>
      </div>
      {problem ? (
        <p role="alert" className="text-xs text-rose-700">{problem}</p>
      ) : (
        <p className="text-xs text-slate-500" data-testid="agreement-rules">{rulesSentence(t, rules)}</p>
      )}
    </form>
  );
}
