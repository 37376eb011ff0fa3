import type { Core } from 'cytoscape';
import { BUNDLED_FONT_FAMILY } from '../../../lib/map/style';
import type { ClusterMap } from '../../../lib/map/types';
import type { CanvasStyle } from './canvasStyle';

// The canvas draws labels in the bundled web font (app/layout.tsx). A browser fetches a web font's pieces
// only for characters a page uses, and Cytoscape measures a label once: measured before its font arrived,
// it keeps the fallback's width. So the canvas waits for the labels' characters before it first draws, and
// when later labels bring new characters, it restyles with the same stack spelled differently once they
// have loaded, which makes Cytoscape measure again (a plain style update does not; canvasStyle.ts).

/** Weights and sizes the stylesheet sets labels in (tacit word, actor names, value-chain headers). */
const FACES = ['400 10px', '600 14px', '700 15px'];
const SAMPLE = '中文 Aa';
const WAIT_MS = 3000;

/** Every character the canvas may draw for this map: actor names and the value chain's headers. */
export function labelCharacters(map: ClusterMap): Set<string> {
  const text = [...map.actors.map((a) => a.label), ...map.stages.map((s) => `${s.label} value ×${s.weight}`), 'No stage (support) In the cluster ↑ Outside ↓ tacit', SAMPLE].join('');
  return new Set(text.replace(/\s/g, ''));
}

/** Resolves once the faces for `text` have loaded, failed, or WAIT_MS passed: the canvas never waits longer. */
export function loadLabelFont(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  const loads = FACES.map((face) => document.fonts.load(`${face} "${BUNDLED_FONT_FAMILY}"`, text).catch(() => []));
  return Promise.race([Promise.all(loads).then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, WAIT_MS))]);
}

/** Follows the map's labels: loads the font for characters not asked for yet, then has Cytoscape re-measure. */
export class LabelFontWatcher {
  private readonly asked = new Set<string>();

  constructor(
    private readonly style: CanvasStyle,
    initial: Iterable<string> = [],
  ) {
    for (const c of initial) this.asked.add(c);
  }

  update(cy: Core, map: ClusterMap) {
    const fresh = [...labelCharacters(map)].filter((c) => !this.asked.has(c));
    if (fresh.length === 0) return;
    fresh.forEach((c) => this.asked.add(c));
    void loadLabelFont(fresh.join('')).then(() => {
      if (!cy.destroyed()) this.style.respell(cy);
    });
  }
}
