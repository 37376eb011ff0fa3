'use client';

import type { ReactNode } from 'react';
import type { View } from '../canvas/Canvas';

function ToolButton({
  onClick,
  label,
  icon,
  testId,
  disabled,
  active,
  primary,
  title,
}: {
  onClick(): void;
  label: string;
  icon: ReactNode;
  testId: string;
  disabled?: boolean;
  active?: boolean;
  primary?: boolean;
  title?: string;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={active}
      aria-label={label}
      title={title ?? label}
      data-testid={testId}
      className={`inline-flex h-11 min-w-11 shrink-0 items-center justify-center gap-2 rounded-xl px-3 text-sm font-semibold transition disabled:cursor-not-allowed disabled:opacity-35 ${
        primary
          ? 'bg-brand-600 text-white shadow-sm hover:bg-brand-700'
          : active
            ? 'bg-emerald-600 text-white shadow-sm hover:bg-emerald-700'
            : 'text-slate-700 hover:bg-slate-100'
      }`}
    >
      <span aria-hidden="true" className="text-lg leading-none">
        {icon}
      </span>
      <span className="hidden md:inline">{label}</span>
    </button>
  );
}

const Divider = () => <span className="mx-1 hidden h-7 w-px shrink-0 bg-slate-200 sm:block" aria-hidden="true" />;

export interface ToolbarProps {
  editable: boolean;
  view: View;
  connecting: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onAddActor(): void;
  onConnect(): void;
  onUndo(): void;
  onRedo(): void;
  onView(v: View): void;
  onStages(): void;
  onTidy(): void;
  onFit(): void;
  extra?: ReactNode;
}

export function Toolbar(p: ToolbarProps) {
  const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';
  return (
    <div className="flex items-center gap-1 overflow-x-auto border-b border-slate-200 bg-white px-2 py-1.5 sm:px-3" role="toolbar" aria-label="Map tools">
      {p.editable && (
        <>
          <ToolButton primary onClick={p.onAddActor} label="Add actor" icon="+" testId="add-actor" disabled={p.view !== 'network'} title={p.view !== 'network' ? 'Switch to the network view to add actors' : 'Add an actor (or double-click empty space)'} />
          <ToolButton onClick={p.onConnect} label={p.connecting ? 'Connecting…' : 'Connect'} icon="⤳" testId="connect-mode" active={p.connecting} title="Draw a tie: drag from one actor to another, or select two and press Connect" />
          <Divider />
          <ToolButton onClick={p.onUndo} label="Undo" icon="↶" testId="undo" disabled={!p.canUndo} title={`Undo your last change (${mod}Z)`} />
          <ToolButton onClick={p.onRedo} label="Redo" icon="↷" testId="redo" disabled={!p.canRedo} title={`Redo (${mod}Shift+Z)`} />
          <Divider />
        </>
      )}
      <div className="flex shrink-0 rounded-xl bg-slate-100 p-1" role="radiogroup" aria-label="View">
        {(
          [
            ['network', 'Network', 'view-network'],
            ['value_chain', 'Value chain', 'view-value-chain'],
          ] as const
        ).map(([v, label, testId]) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={p.view === v}
            data-testid={testId}
            onClick={() => p.onView(v)}
            className={`h-9 rounded-lg px-3 text-sm font-semibold whitespace-nowrap transition ${p.view === v ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {label}
          </button>
        ))}
      </div>
      <ToolButton onClick={p.onStages} label="Stages" icon="☰" testId="stages-button" title="The value-chain stages" />
      <Divider />
      {p.editable && p.view === 'network' && <ToolButton onClick={p.onTidy} label="Tidy up" icon="✥" testId="tidy" title="Arrange the whole map automatically (undo puts it back)" />}
      <ToolButton onClick={p.onFit} label="Fit" icon="⤢" testId="fit-view" title="Show the whole map" />
      {p.extra}
    </div>
  );
}
