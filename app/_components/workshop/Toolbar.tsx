'use client';

import { useTranslations } from 'next-intl';
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
  opensDialog,
  labelFrom = '2xl',
}: {
  onClick(): void;
  label: string;
  icon: ReactNode;
  testId: string;
  disabled?: boolean;
  active?: boolean;
  primary?: boolean;
  title?: string;
  /** The button opens a dialog (screen readers say so). */
  opensDialog?: boolean;
  /** Show the label beside the icon from this breakpoint up (below, the icon and its tooltip). */
  labelFrom?: 'lg' | '2xl';
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={active}
      aria-haspopup={opensDialog ? 'dialog' : undefined}
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
      <span className={`hidden ${labelFrom === 'lg' ? 'lg:inline' : '2xl:inline'}`}>{label}</span>
    </button>
  );
}

const Divider = () => <span className="mx-0.5 hidden h-7 w-px shrink-0 bg-slate-200 sm:block" aria-hidden="true" />;

export interface ToolbarProps {
  /** This person may edit the map at some point (not an observer): the edit tools stay in place. */
  canEverEdit: boolean;
  /** ...and may edit it now: otherwise the tools are disabled, with `whyNot` as their tooltip, not removed. */
  editable: boolean;
  /** May lay out the whole shared map (permission `arrange`); otherwise Tidy arranges this screen only. */
  tidyShared: boolean;
  whyNot?: string;
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
  /** Opens the Export menu (files, pictures, the report): everyone may export, observers too. */
  onExport(): void;
  extra?: ReactNode;
}

/**
 * The map tools, inline in the one top bar (WorkspaceHeader). The edit tools keep their place when the
 * facilitator pauses or freezes the map — disabled with the reason as tooltip — so nothing jumps.
 */
export function Toolbar(p: ToolbarProps) {
  const t = useTranslations();
  const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';
  const off = !p.editable;
  const why = (title: string) => (off && p.whyNot ? p.whyNot : title);
  return (
    <div className="flex min-w-0 items-center gap-0.5 overflow-x-auto" role="toolbar" aria-label={t('toolbar.label')}>
      {p.canEverEdit && (
        <>
          <ToolButton primary onClick={p.onAddActor} label={t('toolbar.addActor')} icon="+" testId="add-actor" disabled={off || p.view !== 'network'} title={why(p.view !== 'network' ? t('toolbar.addActorNetworkOnly') : t('toolbar.addActorTip'))} />
          <ToolButton onClick={p.onConnect} label={p.connecting ? t('toolbar.connecting') : t('toolbar.connect')} icon="⤳" testId="connect-mode" active={p.connecting} disabled={off} title={why(t('toolbar.connectTip'))} />
          <ToolButton onClick={p.onUndo} label={t('toolbar.undo')} icon="↶" testId="undo" disabled={off || !p.canUndo} title={why(t('toolbar.undoTip', { keys: `${mod}Z` }))} />
          <ToolButton onClick={p.onRedo} label={t('toolbar.redo')} icon="↷" testId="redo" disabled={off || !p.canRedo} title={why(t('toolbar.redoTip', { keys: `${mod}Shift+Z` }))} />
          <Divider />
        </>
      )}
      <div className="flex shrink-0 rounded-xl bg-slate-100 p-1" role="radiogroup" aria-label={t('toolbar.view')}>
        {(
          [
            ['network', 'view-network'],
            ['value_chain', 'view-value-chain'],
          ] as const
        ).map(([v, testId]) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={p.view === v}
            data-testid={testId}
            onClick={() => p.onView(v)}
            className={`h-9 rounded-lg px-2.5 text-sm font-semibold whitespace-nowrap transition 2xl:px-3 ${p.view === v ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {t(`map.view.${v}`)}
          </button>
        ))}
      </div>
      <ToolButton onClick={p.onStages} label={t('toolbar.stages')} icon="☰" testId="stages-button" title={t('toolbar.stagesTip')} />
      {p.view === 'network' &&
        (p.tidyShared ? (
          <ToolButton onClick={p.onTidy} label={t('toolbar.tidy')} icon="✥" testId="tidy" disabled={off} title={why(t('toolbar.tidyTip'))} />
        ) : (
          <ToolButton onClick={p.onTidy} label={t('toolbar.tidyMine')} icon="✥" testId="tidy-mine" title={t('toolbar.tidyMineTip')} />
        ))}
      <ToolButton onClick={p.onFit} label={t('toolbar.fit')} icon="⤢" testId="fit-view" title={t('toolbar.fitTip')} />
      <ToolButton onClick={p.onExport} label={t('toolbar.export')} icon="⤓" testId="export-button" opensDialog title={t('toolbar.exportTip')} />
      {p.extra}
    </div>
  );
}
