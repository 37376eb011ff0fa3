'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { elementNames } from '../../../lib/map/labels';
import type { ClusterMap } from '../../../lib/map/types';
import type { Editor } from '../hooks/useEditor';
import { ActorInspector } from './ActorInspector';
import { TieInspector } from './TieInspector';

export interface InspectorProps {
  map: ClusterMap;
  selection: string[];
  editor: Editor | null;
  editable: boolean;
  focusLabelOf: string | null;
  onSelect(ids: string[]): void;
  onDelete(): void;
  onConnectSelected(): void;
  onClose(): void;
  /** The votes on one element, the facilitator's decision and its comment thread: the Discussion tab. */
  renderVotes?(elementId: string): React.ReactNode;
  renderDecision?(elementId: string): React.ReactNode;
  renderComments?(elementId: string): React.ReactNode;
  /** How many comments an element has, for the tab's badge. */
  commentCount?(elementId: string): number;
  /** Open the Discussion tab first (the Review and Agree phases), unless the element was just created. */
  discussionFirst?: boolean;
}

type Tab = 'details' | 'discussion';

/** The side panel (a bottom sheet on phones) for whatever is selected. */
export function Inspector(props: InspectorProps) {
  const { map, selection, editor, editable } = props;
  const t = useTranslations();
  // The tab someone picked stays picked from element to element (voting through a list); a new actor
  // always opens on its details, with its name field focused.
  const [picked, setPicked] = useState<{ tab: Tab; on: string } | null>(null);
  const actors = new Map(map.actors.map((a) => [a.id, a]));
  const ties = new Map(map.ties.map((tie) => [tie.id, tie]));
  const present = selection.filter((id) => actors.has(id) || ties.has(id));
  const locale = useLocale();
  const names = elementNames(map, locale);

  let body: React.ReactNode;
  if (present.length === 0) {
    body = <EmptyHelp editable={editable} />;
  } else if (present.length === 1) {
    const actor = actors.get(present[0]);
    const tie = ties.get(present[0]);
    const details = actor ? (
      <ActorInspector actor={actor} map={map} editor={editor} editable={editable} focusLabel={props.focusLabelOf === actor.id} onSelect={props.onSelect} />
    ) : tie ? (
      <TieInspector tie={tie} map={map} editor={editor} editable={editable} />
    ) : null;
    const id = present[0];
    const hasDiscussion = Boolean(props.renderVotes || props.renderComments);
    const justCreated = props.focusLabelOf === id && picked?.on !== id;
    const tab: Tab = !hasDiscussion || justCreated ? 'details' : (picked?.tab ?? (props.discussionFirst ? 'discussion' : 'details'));
    const comments = props.commentCount?.(id) ?? 0;
    body = (
      <div className="space-y-4">
        {hasDiscussion && (
          <div role="tablist" aria-label={t('inspector.tabs')} className="flex gap-1 rounded-xl bg-slate-100 p-1">
            {(
              [
                ['details', t('inspector.details')],
                ['discussion', comments ? t('inspector.discussionN', { count: comments }) : t('inspector.discussion')],
              ] as const
            ).map(([key, label]) => (
              <button
                key={key}
                type="button"
                role="tab"
                aria-selected={tab === key}
                data-testid={`inspector-tab-${key}`}
                onClick={() => setPicked({ tab: key, on: id })}
                className={`h-10 flex-1 rounded-lg text-sm font-semibold ${tab === key ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
              >
                {label}
              </button>
            ))}
          </div>
        )}
        {tab === 'details' ? (
          details
        ) : (
          <div className="space-y-4" data-testid="inspector-discussion">
            <p className="text-lg leading-snug font-semibold text-slate-900">{names.get(id) ?? id}</p>
            {props.renderVotes && (
              <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                {props.renderVotes(id)}
                {props.renderDecision?.(id)}
              </div>
            )}
            {props.renderComments?.(id)}
          </div>
        )}
      </div>
    );
  } else {
    const nActors = present.filter((id) => actors.has(id)).length;
    body = (
      <div className="space-y-3" data-testid="multi-inspector">
        <p className="text-lg font-semibold">{t('inspector.selected', { count: present.length })}</p>
        <ul className="space-y-1 text-sm text-slate-700">
          {present.map((id) => (
            <li key={id} className="truncate">
              {names.get(id) ?? id}
            </li>
          ))}
        </ul>
        {editable && nActors === 2 && present.length === 2 && (
          <button type="button" data-testid="connect-selected" onClick={props.onConnectSelected} className="w-full rounded-lg bg-emerald-600 px-4 py-2.5 font-semibold text-white hover:bg-emerald-700">
            {t('inspector.connectTwo')}
          </button>
        )}
        <p className="text-xs text-slate-500">{t('inspector.shiftClick')}</p>
      </div>
    );
  }

  return (
    // min-h-0 lets the panel shrink into a bottom sheet that only has a max height, so its body scrolls
    // rather than the sheet (focusing the comment box would otherwise push the header out of sight).
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
        <h2 className="font-semibold text-slate-800">{present.length ? t('inspector.details') : t('inspector.gettingStarted')}</h2>
        <div className="flex items-center gap-1">
          {editable && present.length > 0 && (
            <button type="button" data-testid="delete-selection" onClick={props.onDelete} className="rounded-lg px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50">
              {t('common.delete')}
            </button>
          )}
          <button type="button" aria-label={t('inspector.close')} data-testid="inspector-close" onClick={props.onClose} className="rounded-lg px-2.5 py-1.5 text-lg leading-none text-slate-500 hover:bg-slate-100">
            ×
          </button>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4" data-testid="inspector">
        {body}
      </div>
    </div>
  );
}


function EmptyHelp({ editable }: { editable: boolean }) {
  const t = useTranslations();
  const b = (chunks: React.ReactNode) => <b>{chunks}</b>;
  return (
    <div className="space-y-4 text-sm text-slate-600">
      <p>{t('inspector.help.tap')}</p>
      {editable ? (
        <ul className="list-disc space-y-2 pl-5">
          <li>{t.rich('inspector.help.add', { b })}</li>
          <li>{t.rich('inspector.help.connect', { b })}</li>
          <li>{t('inspector.help.drag')}</li>
          <li>{t.rich('inspector.help.undo', { b })}</li>
        </ul>
      ) : (
        <p>{t('inspector.help.readOnly')}</p>
      )}
    </div>
  );
}
