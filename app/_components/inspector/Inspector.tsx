'use client';

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
  /** The votes on one element (shown above its details) and its comment thread (below them). */
  renderVotes?(elementId: string): React.ReactNode;
  renderComments?(elementId: string): React.ReactNode;
}

/** The side panel (a bottom sheet on phones) for whatever is selected. */
export function Inspector(props: InspectorProps) {
  const { map, selection, editor, editable } = props;
  const actors = new Map(map.actors.map((a) => [a.id, a]));
  const ties = new Map(map.ties.map((t) => [t.id, t]));
  const present = selection.filter((id) => actors.has(id) || ties.has(id));

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
    body = (
      <div className="space-y-5">
        {props.renderVotes && <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">{props.renderVotes(present[0])}</div>}
        {details}
        {props.renderComments && <div className="border-t border-slate-200 pt-4">{props.renderComments(present[0])}</div>}
      </div>
    );
  } else {
    const nActors = present.filter((id) => actors.has(id)).length;
    body = (
      <div className="space-y-3" data-testid="multi-inspector">
        <p className="text-lg font-semibold">{present.length} selected</p>
        <ul className="space-y-1 text-sm text-slate-700">
          {present.map((id) => (
            <li key={id} className="truncate">
              {actors.get(id)?.label ?? `${labelOfTie(map, id)}`}
            </li>
          ))}
        </ul>
        {editable && nActors === 2 && present.length === 2 && (
          <button type="button" data-testid="connect-selected" onClick={props.onConnectSelected} className="w-full rounded-lg bg-emerald-600 px-4 py-2.5 font-semibold text-white hover:bg-emerald-700">
            Connect these two
          </button>
        )}
        <p className="text-xs text-slate-500">Hold Shift (or Ctrl) and click to add to the selection.</p>
      </div>
    );
  }

  return (
    // min-h-0 lets the panel shrink into a bottom sheet that only has a max height, so its body scrolls
    // rather than the sheet (focusing the comment box would otherwise push the header out of sight).
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
        <h2 className="font-semibold text-slate-800">{present.length ? 'Details' : 'Getting started'}</h2>
        <div className="flex items-center gap-1">
          {editable && present.length > 0 && (
            <button type="button" data-testid="delete-selection" onClick={props.onDelete} className="rounded-lg px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50">
              Delete
            </button>
          )}
          <button type="button" aria-label="Close the panel" data-testid="inspector-close" onClick={props.onClose} className="rounded-lg px-2.5 py-1.5 text-lg leading-none text-slate-500 hover:bg-slate-100">
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

function labelOfTie(map: ClusterMap, id: string) {
  const tie = map.ties.find((t) => t.id === id);
  if (!tie) return id;
  const label = (a: string) => map.actors.find((x) => x.id === a)?.label ?? a;
  return `${label(tie.source)} ${tie.directed ? '→' : '—'} ${label(tie.target)}`;
}

function EmptyHelp({ editable }: { editable: boolean }) {
  return (
    <div className="space-y-4 text-sm text-slate-600">
      <p>Tap an actor or a tie to see and change its details.</p>
      {editable ? (
        <ul className="list-disc space-y-2 pl-5">
          <li>
            <b>Add actor</b> puts a new one in the middle. Or double-click empty space.
          </li>
          <li>
            <b>Connect</b>: press on one actor and drag to another. Or tap one, then the other.
          </li>
          <li>Drag actors to arrange the map. Everyone sees it move.</li>
          <li>
            <b>Undo</b> takes back only your own changes (Ctrl+Z).
          </li>
        </ul>
      ) : (
        <p>You can look around, zoom and filter. Changes by others appear live.</p>
      )}
    </div>
  );
}
