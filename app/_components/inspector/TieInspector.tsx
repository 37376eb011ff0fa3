'use client';

import { useLocale, useTranslations } from 'next-intl';
import { labelFor } from '../../../lib/map/labels';
import { TIE_KINDS, type ClusterMap, type GvcAttributes, type Tie } from '../../../lib/map/types';
import type { Editor } from '../hooks/useEditor';
import { TieSwatch } from '../legend/Swatches';
import { governanceOf } from '../model/governance';
import { GOVERNANCE_STYLE } from '../model/palette';
import { ChoiceGrid, CommitInput, Section, Segmented, Toggle } from './fields';
import { WarningIcon } from '../workshop/Icons';

const DEFAULT_GVC: GvcAttributes = { complexity: 'high', codifiability: 'high', supplierCapability: 'high' };

export function TieInspector({ tie, map, editor, editable }: { tie: Tie; map: ClusterMap; editor: Editor | null; editable: boolean }) {
  const t = useTranslations();
  const update = (patch: Partial<Omit<Tie, 'id'>>) => editor?.updateTie(tie.id, patch);
  const locale = useLocale();
  const labelOf = new Map(map.actors.map((a) => [a.id, labelFor(a, locale)]));
  const gvc = tie.gvc;
  const setGvc = (patch: Partial<GvcAttributes>) => update({ gvc: { ...(gvc ?? DEFAULT_GVC), ...patch } });
  const mode = governanceOf(gvc);

  return (
    <div className="space-y-5" data-testid="tie-inspector">
      <div className="flex items-center gap-2">
        <TieSwatch kind={tie.kind} />
        <span className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('inspector.tie.heading')}</span>
      </div>
      <div className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm">
        <p>
          <span className="text-slate-500">{tie.directed ? t('inspector.tie.from') : t('inspector.tie.between')}</span>
          <span className="font-semibold" data-testid="tie-source">{labelOf.get(tie.source)}</span>
        </p>
        <p>
          <span className="text-slate-500">{tie.directed ? t('inspector.tie.to') : t('inspector.tie.and')}</span>
          <span className="font-semibold" data-testid="tie-target">{labelOf.get(tie.target)}</span>
        </p>
      </div>
      <fieldset disabled={!editable} className="space-y-5">
        <Section title={t('inspector.tie.flows')}>
          <ChoiceGrid
            label={t('inspector.tie.kind')}
            testIdPrefix="tie-kind"
            value={tie.kind}
            onChange={(kind) => update({ kind })}
            options={TIE_KINDS.map((k) => ({ value: k, label: t(`map.tieKind.${k}.label`), hint: t(`map.tieKind.${k}.hint`), swatch: <TieSwatch kind={k} width={2.5} /> }))}
          />
        </Section>

        <Section title={t('inspector.tie.direction')}>
          <Toggle label={t('inspector.tie.oneWay')} checked={tie.directed} testId="tie-directed" onChange={(directed) => update({ directed })} />
          {tie.directed && (
            <button type="button" data-testid="tie-swap" onClick={() => editor?.swapTie(tie)} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50">
              ⇄ {t('inspector.tie.reverse')}
            </button>
          )}
        </Section>

        <Section title={t('inspector.tie.howStrong')}>
          <Segmented
            label={t('inspector.tie.strength')}
            testIdPrefix="tie-strength"
            value={tie.strength}
            onChange={(strength) => update({ strength })}
            options={([1, 2, 3] as const).map((s) => ({ value: s, label: t(`map.strength.${s}`) }))}
          />
        </Section>

        {tie.kind === 'knowledge' && (
          <Toggle
            label={t('inspector.tie.tacit')}
            hint={t('inspector.tie.tacitHint')}
            checked={tie.tacit}
            testId="tie-tacit"
            onChange={(tacit) => update({ tacit })}
          />
        )}

        {tie.kind === 'supply' && (
          <Section title={t('inspector.tie.gvc')} hint={t('inspector.tie.gvcHint')}>
            {!gvc ? (
              <button type="button" data-testid="gvc-start" onClick={() => setGvc({})} className="w-full rounded-lg border border-dashed border-amber-500 bg-amber-50 px-3 py-2.5 text-sm font-medium text-amber-900 hover:bg-amber-100">
                {t('inspector.tie.answer')}
              </button>
            ) : (
              <div className="space-y-3">
                <div>
                  <p className="mb-1 text-sm text-slate-700">{t('inspector.tie.complexityQ')}</p>
                  <Segmented label={t('inspector.tie.complexity')} testIdPrefix="gvc-complexity" value={gvc.complexity} onChange={(complexity) => setGvc({ complexity })} options={[{ value: 'low', label: t('inspector.tie.simple') }, { value: 'high', label: t('inspector.tie.complex') }]} />
                </div>
                <div>
                  <p className="mb-1 text-sm text-slate-700">{t('inspector.tie.codifiabilityQ')}</p>
                  <Segmented label={t('inspector.tie.codifiability')} testIdPrefix="gvc-codifiability" value={gvc.codifiability} onChange={(codifiability) => setGvc({ codifiability })} options={[{ value: 'low', label: t('inspector.tie.hardTo') }, { value: 'high', label: t('inspector.tie.easily') }]} />
                </div>
                <div>
                  <p className="mb-1 text-sm text-slate-700">{t('inspector.tie.capabilityQ')}</p>
                  <Segmented label={t('inspector.tie.capability')} testIdPrefix="gvc-capability" value={gvc.supplierCapability} onChange={(supplierCapability) => setGvc({ supplierCapability })} options={[{ value: 'low', label: t('inspector.tie.learning') }, { value: 'high', label: t('inspector.tie.capable') }]} />
                </div>
                <Toggle label={t('inspector.tie.sameGroup')} checked={gvc.sameGroup === true} testId="gvc-same-group" onChange={(sameGroup) => setGvc({ sameGroup: sameGroup || undefined })} />
                <div data-testid="tie-governance" data-mode={mode ?? ''} className="rounded-lg border border-slate-200 p-3 text-sm">
                  {mode === 'not_expected' || mode === 'exclusion' ? (
                    <p className="text-amber-800"><WarningIcon />{t(`inspector.tie.warning.${mode}`)}</p>
                  ) : mode ? (
                    <p>
                      <span className="font-semibold" style={{ color: GOVERNANCE_STYLE[mode].color }}>
                        {t('inspector.tie.governance', { mode: t(`map.governance.${mode}.label`) })}
                      </span>
                      <span className="text-slate-600"> · {t(`map.governance.${mode}.hint`)}</span>
                    </p>
                  ) : null}
                </div>
                <button type="button" onClick={() => update({ gvc: undefined })} className="text-sm text-slate-500 underline hover:text-slate-700">
                  {t('inspector.tie.clear')}
                </button>
              </div>
            )}
          </Section>
        )}

        <Section title={t('inspector.notes')}>
          <CommitInput key={`${tie.id}-notes`} label={t('inspector.notes')} testId="tie-notes" multiline value={tie.notes ?? ''} placeholder={t('inspector.tie.notesPlaceholder')} onCommit={(notes) => update({ notes: notes || undefined })} />
        </Section>
      </fieldset>
    </div>
  );
}
