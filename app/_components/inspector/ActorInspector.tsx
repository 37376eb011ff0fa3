'use client';

import { useLocale, useTranslations } from 'next-intl';
import { stageLabel } from '../../../lib/i18n/map-names';
import { goalsOf } from '../../../lib/map/goals';
import { LABEL_LOCALES } from '../../../lib/map/label-fields';
import { labelFor } from '../../../lib/map/labels';
import { ACTOR_TYPES, type Actor, type ClusterMap } from '../../../lib/map/types';
import type { Editor } from '../hooks/useEditor';
import { ActorSwatch, TieSwatch } from '../legend/Swatches';
import { ChoiceGrid, CommitInput, Section, Segmented } from './fields';
import { GoalsField } from './GoalsField';

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
  const t = useTranslations();
  const locale = useLocale();
  const update = (patch: Partial<Omit<Actor, 'id'>>) => editor?.updateActor(actor.id, patch);
  const labelOf = new Map(map.actors.map((a) => [a.id, labelFor(a, locale)]));
  const ties = map.ties.filter((tie) => tie.source === actor.id || tie.target === actor.id);
  const stages = [...map.stages].sort((a, b) => a.order - b.order);

  return (
    <div className="space-y-5" data-testid="actor-inspector">
      <div className="flex items-center gap-2">
        <ActorSwatch type={actor.type} external={actor.scope === 'external'} size={26} />
        <span className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('inspector.actor.heading')}</span>
      </div>
      <fieldset disabled={!editable} className="space-y-5">
        <Section title={t('inspector.actor.name')}>
          <CommitInput key={actor.id} label={t('inspector.actor.nameLabel')} testId="actor-label" value={actor.label} autoFocus={focusLabel} onCommit={(label) => update({ label: label.trim() || actor.label })} />
          {/* A name per language beside it (labels {en, zh-CN}, docs/map-format.md): each reader sees the one in their language. */}
          <div className="grid grid-cols-2 gap-2">
            {LABEL_LOCALES.map((lang) => (
              <label key={lang} className="space-y-1 text-xs text-slate-600">
                <span>{t(lang === 'en' ? 'inspector.actor.nameEn' : 'inspector.actor.nameZh')}</span>
                <CommitInput
                  key={`${actor.id}-${lang}`}
                  label={t(lang === 'en' ? 'inspector.actor.nameEn' : 'inspector.actor.nameZh')}
                  testId={`actor-label-${lang}`}
                  value={actor.labels?.[lang] ?? ''}
                  onCommit={(name) => update({ labels: { ...actor.labels, [lang]: name.trim() } })}
                />
              </label>
            ))}
          </div>
        </Section>

        <Section title={t('inspector.actor.kind')}>
          <ChoiceGrid
            label={t('inspector.actor.type')}
            testIdPrefix="actor-type"
            value={actor.type}
            onChange={(type) => update({ type })}
            options={ACTOR_TYPES.map((type) => ({ value: type, label: t(`map.actorType.${type}.label`), hint: t(`map.actorType.${type}.hint`), swatch: <ActorSwatch type={type} /> }))}
          />
        </Section>

        <Section title={t('inspector.actor.where')} hint={t('inspector.actor.whereHint')}>
          <Segmented
            label={t('inspector.actor.scope')}
            testIdPrefix="actor-scope"
            value={actor.scope}
            onChange={(scope) => update({ scope })}
            options={[
              { value: 'local', label: t('inspector.actor.local') },
              { value: 'external', label: t('inspector.actor.external') },
            ]}
          />
        </Section>

        <Section title={t('inspector.actor.stages')} hint={t('inspector.actor.stagesHint')}>
          {stages.length === 0 ? (
            <p className="text-sm text-slate-500">{t('inspector.actor.noStages')}</p>
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
                    {stageLabel(s, locale)}
                  </button>
                );
              })}
            </div>
          )}
        </Section>

        <Section title={t('inspector.actor.influence')} hint={t('inspector.actor.influenceHint')}>
          <div className="flex items-center gap-3">
            <input
              type="range"
              min={0}
              max={10}
              step={1}
              value={actor.influence ?? 0}
              aria-label={t('inspector.actor.influence')}
              data-testid="actor-influence"
              onChange={(e) => update({ influence: Number(e.target.value) })}
              className="h-8 flex-1 accent-brand-600"
            />
            <span className="w-14 text-right text-sm font-semibold tabular-nums">{actor.influence ?? '–'}</span>
          </div>
        </Section>

        <Section title={t('inspector.actor.goals')} hint={t('inspector.actor.goalsHint')}>
          <GoalsField goals={actor.goals ?? []} suggestions={goalsOf(map).map((g) => g.goal)} editable={editable} onChange={(goals) => update({ goals: goals.length ? goals : undefined })} />
        </Section>

        <Section title={t('inspector.notes')}>
          <CommitInput key={`${actor.id}-notes`} label={t('inspector.notes')} testId="actor-notes" multiline value={actor.notes ?? ''} placeholder={t('inspector.actor.notesPlaceholder')} onCommit={(notes) => update({ notes: notes || undefined })} />
        </Section>
      </fieldset>

      <Section title={t('inspector.actor.ties', { count: ties.length })}>
        {ties.length === 0 ? (
          <p className="text-sm text-slate-500">{t('inspector.actor.noTies')}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
            {ties.map((tie) => {
              const other = tie.source === actor.id ? tie.target : tie.source;
              const arrow = !tie.directed ? '—' : tie.source === actor.id ? '→' : '←';
              return (
                <li key={tie.id}>
                  <button type="button" onClick={() => onSelect([tie.id])} className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50">
                    <TieSwatch kind={tie.kind} width={2.5} />
                    <span className="text-slate-500">{t(`map.tieKind.${tie.kind}.label`)}</span>
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
