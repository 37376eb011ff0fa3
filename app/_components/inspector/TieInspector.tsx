'use client';

import { TIE_KINDS, type ClusterMap, type GvcAttributes, type Tie } from '../../../lib/map/types';
import type { Editor } from '../hooks/useEditor';
import { TieSwatch } from '../legend/Swatches';
import { GOVERNANCE_WARNING, governanceOf } from '../model/governance';
import { GOVERNANCE_STYLE, STRENGTH_LABEL, TIE_STYLE } from '../model/palette';
import { ChoiceGrid, CommitInput, Section, Segmented, Toggle } from './fields';
import { WarningIcon } from '../workshop/Icons';

const DEFAULT_GVC: GvcAttributes = { complexity: 'high', codifiability: 'high', supplierCapability: 'high' };

export function TieInspector({ tie, map, editor, editable }: { tie: Tie; map: ClusterMap; editor: Editor | null; editable: boolean }) {
  const update = (patch: Partial<Omit<Tie, 'id'>>) => editor?.updateTie(tie.id, patch);
  const labelOf = new Map(map.actors.map((a) => [a.id, a.label]));
  const gvc = tie.gvc;
  const setGvc = (patch: Partial<GvcAttributes>) => update({ gvc: { ...(gvc ?? DEFAULT_GVC), ...patch } });
  const mode = governanceOf(gvc);

  return (
    <div className="space-y-5" data-testid="tie-inspector">
      <div className="flex items-center gap-2">
        <TieSwatch kind={tie.kind} />
        <span className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Tie</span>
      </div>
      <div className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm">
        <p>
          <span className="text-slate-500">{tie.directed ? 'From ' : 'Between '}</span>
          <span className="font-semibold" data-testid="tie-source">{labelOf.get(tie.source)}</span>
        </p>
        <p>
          <span className="text-slate-500">{tie.directed ? 'to ' : 'and '}</span>
          <span className="font-semibold" data-testid="tie-target">{labelOf.get(tie.target)}</span>
        </p>
      </div>
      <fieldset disabled={!editable} className="space-y-5">
        <Section title="What flows along this tie?">
          <ChoiceGrid
            label="Tie kind"
            testIdPrefix="tie-kind"
            value={tie.kind}
            onChange={(kind) => update({ kind })}
            options={TIE_KINDS.map((k) => ({ value: k, label: TIE_STYLE[k].label, hint: TIE_STYLE[k].hint, swatch: <TieSwatch kind={k} width={2.5} /> }))}
          />
        </Section>

        <Section title="Direction">
          <Toggle label="It flows one way (arrow)" checked={tie.directed} testId="tie-directed" onChange={(directed) => update({ directed })} />
          {tie.directed && (
            <button type="button" data-testid="tie-swap" onClick={() => editor?.swapTie(tie)} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50">
              ⇄ Reverse the direction
            </button>
          )}
        </Section>

        <Section title="How strong?">
          <Segmented
            label="Strength"
            testIdPrefix="tie-strength"
            value={tie.strength}
            onChange={(strength) => update({ strength })}
            options={([1, 2, 3] as const).map((s) => ({ value: s, label: STRENGTH_LABEL[s] }))}
          />
        </Section>

        {tie.kind === 'knowledge' && (
          <Toggle
            label="Tacit knowledge"
            hint="Learned face to face or by working together, rather than from documents."
            checked={tie.tacit}
            testId="tie-tacit"
            onChange={(tacit) => update({ tacit })}
          />
        )}

        {tie.kind === 'supply' && (
          <Section title="How is this supply relationship run?" hint="Three questions decide the governance mode (Gereffi, Humphrey & Sturgeon).">
            {!gvc ? (
              <button type="button" data-testid="gvc-start" onClick={() => setGvc({})} className="w-full rounded-lg border border-dashed border-amber-500 bg-amber-50 px-3 py-2.5 text-sm font-medium text-amber-900 hover:bg-amber-100">
                Answer the three questions
              </button>
            ) : (
              <div className="space-y-3">
                <div>
                  <p className="mb-1 text-sm text-slate-700">What changes hands is…</p>
                  <Segmented label="Complexity" testIdPrefix="gvc-complexity" value={gvc.complexity} onChange={(complexity) => setGvc({ complexity })} options={[{ value: 'low', label: 'Simple' }, { value: 'high', label: 'Complex' }]} />
                </div>
                <div>
                  <p className="mb-1 text-sm text-slate-700">Can the specifications be written down?</p>
                  <Segmented label="Codifiability" testIdPrefix="gvc-codifiability" value={gvc.codifiability} onChange={(codifiability) => setGvc({ codifiability })} options={[{ value: 'low', label: 'Hard to' }, { value: 'high', label: 'Yes, easily' }]} />
                </div>
                <div>
                  <p className="mb-1 text-sm text-slate-700">The supplier is…</p>
                  <Segmented label="Supplier capability" testIdPrefix="gvc-capability" value={gvc.supplierCapability} onChange={(supplierCapability) => setGvc({ supplierCapability })} options={[{ value: 'low', label: 'Still learning' }, { value: 'high', label: 'Capable' }]} />
                </div>
                <Toggle label="Both are in the same company group" checked={gvc.sameGroup === true} testId="gvc-same-group" onChange={(sameGroup) => setGvc({ sameGroup: sameGroup || undefined })} />
                <div data-testid="tie-governance" data-mode={mode ?? ''} className="rounded-lg border border-slate-200 p-3 text-sm">
                  {mode === 'not_expected' || mode === 'exclusion' ? (
                    <p className="text-amber-800"><WarningIcon />{GOVERNANCE_WARNING[mode]}</p>
                  ) : mode ? (
                    <p>
                      <span className="font-semibold" style={{ color: GOVERNANCE_STYLE[mode].color }}>
                        {GOVERNANCE_STYLE[mode].label} governance
                      </span>
                      <span className="text-slate-600"> · {GOVERNANCE_STYLE[mode].hint}</span>
                    </p>
                  ) : null}
                </div>
                <button type="button" onClick={() => update({ gvc: undefined })} className="text-sm text-slate-500 underline hover:text-slate-700">
                  Clear the answers
                </button>
              </div>
            )}
          </Section>
        )}

        <Section title="Notes">
          <CommitInput key={`${tie.id}-notes`} label="Notes" testId="tie-notes" multiline value={tie.notes ?? ''} placeholder="What is this tie about?" onCommit={(notes) => update({ notes: notes || undefined })} />
        </Section>
      </fieldset>
    </div>
  );
}
