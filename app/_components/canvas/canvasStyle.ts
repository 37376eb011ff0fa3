import type { Core } from 'cytoscape';
import { FONT_STACK } from '../../../lib/map/style';
import { buildStylesheet } from './cyStyle';

// The canvas's stylesheet has two inputs that change while it runs: how the font stack is spelled (a new
// spelling makes Cytoscape measure every label again once the bundled font has arrived, labelFont.ts) and
// how much labels are scaled for the zoom (legibleLabels.ts). Both go through this one holder, so neither
// restyle undoes the other.

const SPELLINGS = [FONT_STACK, FONT_STACK.replace(', ', ',  ')];

export class CanvasStyle {
  private spelling = 0;
  private scale = 1;

  get labelScale() {
    return this.scale;
  }

  /** The same stack spelled the other way: Cytoscape measures labels again (labelFont.ts). */
  respell(cy: Core) {
    this.spelling = 1 - this.spelling;
    this.apply(cy);
  }

  /** Returns whether the stylesheet changed. */
  setLabelScale(cy: Core, scale: number): boolean {
    if (scale === this.scale) return false;
    this.scale = scale;
    this.apply(cy);
    return true;
  }

  private apply(cy: Core) {
    if (!cy.destroyed()) cy.style(buildStylesheet(SPELLINGS[this.spelling], this.scale));
  }
}
