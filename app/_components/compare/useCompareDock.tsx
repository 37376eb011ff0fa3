'use client';

import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { ClusterMap } from '../../../lib/map/types';
import type { CheckpointsApi } from '../checkpoints/checkpointsApi';
import type { DockPanel } from '../dock/SideDock';
import type { Highlight, HighlightHandler } from '../scores/highlight';
import { useScenarios } from '../scenarios/useScenarios';
import { ComparePanel } from './ComparePanel';
import { useCompare } from './useCompare';

/**
 * The workspace's comparison (docs/architecture.md "Comparisons"): the marks for the canvas, the dock's
 * Compare panel, and "Compare with now" on a checkpoint, which opens that panel.
 */
export function useCompareDock(o: {
  workshop: string;
  apiKey: string;
  api: CheckpointsApi;
  liveMap: ClusterMap;
  doc: Y.Doc | null;
  refreshKey: string;
  highlight: Highlight | null;
  onHighlight: HighlightHandler;
  onPanel(panel: DockPanel): void;
}) {
  const compare = useCompare({ workshop: o.workshop, apiKey: o.apiKey, checkpoints: o.api, liveMap: o.liveMap, doc: o.doc });
  const all = useScenarios(o.doc);
  const scenarios = useMemo(() => all.map((s) => ({ id: s.id, name: s.name })), [all]);
  const { run } = compare;
  const { onPanel } = o;
  return {
    marks: compare.marks,
    dock: {
      compare: <ComparePanel compare={compare} api={o.api} refreshKey={o.refreshKey} scenarios={scenarios} highlight={o.highlight} onHighlight={o.onHighlight} />,
      onCompareCheckpoint: (cid: string) => {
        run(cid, 'live');
        onPanel('compare');
      },
    },
  };
}
