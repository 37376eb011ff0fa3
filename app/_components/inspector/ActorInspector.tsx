'use client';

import { ACTOR_TYPES, type Actor, type ClusterMap } from '../../../lib/map/types';
import type { Editor } from '../hooks/useEditor';
import { ActorSwatch, TieSwatch } from '../legend/Swatches';
import { ACTOR_STYLE, TIE_STYLE } from '../model/palette';
import { ChoiceGrid, CommitInput, Section, Segmented } from './fields';

export function ActorInspector({
  actor,
  map,
  editor,
  editable,
  focusLabel,
  onSelect,
}: {
  actor: Actor;
  map: ClusterMap;
  editor: Editor | null;
  editable: boolean;
  focusLabel: boolean;
  onSelect(ids: string[]): void;
}) {
  const update = (patch: Partial<Omit<Actor, 'id'>>) => editor?.updateActor(actor.id, patch);
  const labelOf = new Map(map.actors.map((a) => [a.id, a.label]));
  const ties = map.ties.filter((t) => t.source === actor.id || t.target === actor.id);
  const stages = [...map.stages].sort((a, b) => a.order - b.order);

  return (
    <div className="space-y-5" data-testid="actor-inspector">
      <div className="flex items-center gap-2">
        <ActorSwatch type={actor.type} external={actor.scope === 'external'} size={26} />
        <span className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Actor</span>
      </div>
      <fieldset disabled={!editable} className="space-y-5">
        <Section title="Name">
          <CommitInput key={actor.id} label="Actor name" testId="actor-label" value={actor.label} autoFocus={focusLabel} onCommit={(label) => update({ label: label.trim() || actor.label })} />
        </Section>

        <Section title="What kind of actor?">
          <ChoiceGrid
            label="Actor type"
            testIdPrefix="actor-type"
            value={actor.type}
            onChange={(type) => update({ type })}
            options={ACTOR_TYPES.map((t) => ({ value: t, label: ACTOR_STYLE[t].label, hint: ACTOR_STYLE[t].hint, swatch: <ActorSwatch type={t} /> }))}
          />
        </Section>

        <Section title="Where is it?" hint="External actors are outside the cluster's region: global buyers, foreign partners.">
          <Segmented
            label="Scope"
            testIdPrefix="actor-scope"
            value={actor.scope}
            onChange={(scope) => update({ scope })}
            options={[
              { value: 'local', label: 'In the cluster' },
              { value: 'external', label: 'Outside' },
            ]}
          />
        </Section>

        <Section title="Value-chain stages" hint="What does it do? Pick every stage that applies.">
          {stages.length === 0 ? (
            <p className="text-sm text-slate-500">No stages yet. Add them with “Stages” in the toolbar.</p>
          ) : (
            <div className="flex flex-wrap gap-1.5">
              {stages.map((s) => {
                const on = actor.stages.includes(s.id);
                return (
                  <button
                    key={s.id}
                    type="button"
                    aria-pressed={on}
                    data-testid={`actor-stage-${s.id}`}
                    onClick={() => update({ stages: on ? actor.stages.filter((x) => x !== s.id) : [...actor.stages, s.id] })}
                    className={`min-h-9 rounded-full border px-3 py-1 text-sm transition ${
                      on ? 'border-indigo-600 bg-indigo-600 font-medium text-white' : 'border-slate-300 bg-white text-slate-700 hover:border-slate-400'
                    }`}
                  >
                    {on ? '✓ ' : ''}
                    {s.label}
                  </button>
                );
              })}
            </div>
          )}
        </Section>

        <Section title="Influence" hint="How much can it shape what happens in the cluster? (0 none – 10 decisive)">
          <div className="flex items-center gap-3">
            <input
              type="range"
              min={0}
              max={10}
              step={1}
              value={actor.influence ?? 0}
              aria-label="Influence"
              data-testid="actor-influence"
              onChange={(e) => update({ influence: Number(e.target.value) })}
              className="h-8 flex-1 accent-brand-600"
            />
            <span className="w-14 text-right text-sm font-semibold tabular-nums">{actor.influence ?? '–'}</span>
          </div>
        </Section>

        <Section title="Notes">
          <CommitInput key={`${actor.id}-notes`} label="Notes" testId="actor-notes" multiline value={actor.notes ?? ''} placeholder="Anything the group should remember" onCommit={(notes) => update({ notes: notes || undefined })} />
        </Section>
      </fieldset>

      <Section title={`Ties (${ties.length})`}>
        {ties.length === 0 ? (
          <p className="text-sm text-slate-500">No ties yet. Use “Connect” to draw one.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
            {ties.map((t) => {
              const other = t.source === actor.id ? t.target : t.source;
              const arrow = !t.directed ? '—' : t.source === actor.id ? '→' : '←';
              return (
                <li key={t.id}>
                  <button type="button" onClick={() => onSelect([t.id])} className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50">
                    <TieSwatch kind={t.kind} width={2.5} />
                    <span className="text-slate-500">{TIE_STYLE[t.kind].label}</span>
                    <span className="text-slate-400">{arrow}</span>
                    <span className="truncate font-medium">{labelOf.get(other)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </div>
  );
}
