import type { Core } from 'cytoscape';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../lib/map/agreement';
import { STATUS_STYLE } from '../agreement/status';

// What the canvas shows of the discussion: a ring in the colour of each element's agreement status (none
// while it has too few votes; rejected elements also fade), and a small speech bubble with the number of
// comments, filled blue while some are unread. Drawn as element data + style blocks so the stylesheet stays
// the one place that decides how things look.

export interface DiscussionMark {
  status: AgreementStatus;
  comments: number;
  unread: number;
}

export const CONTESTED_COLOR = STATUS_STYLE.contested.ring!;
export const UNREAD_COLOR = '#3b55d9';

/** The comment bubble as an SVG data URI (emoji fonts are missing on many projector PCs). */
export function bubbleImage(count: number, unread: boolean): string {
  const text = count > 99 ? '99+' : String(count);
  const fill = unread ? UNREAD_COLOR : '#ffffff';
  const ink = unread ? '#ffffff' : '#334155';
  const stroke = unread ? UNREAD_COLOR : '#64748b';
  const font = text.length > 2 ? 9 : 12;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="28" height="26" viewBox="0 0 28 26">` +
    `<path d="M5 2h18a3.5 3.5 0 0 1 3.5 3.5v10A3.5 3.5 0 0 1 23 19H12l-6 5v-5H5a3.5 3.5 0 0 1-3.5-3.5v-10A3.5 3.5 0 0 1 5 2z" fill="${fill}" stroke="${stroke}" stroke-width="1.6"/>` +
    `<text x="14" y="14.6" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="${font}" font-weight="700" fill="${ink}">${text}</text>` +
    `</svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** Stylesheet blocks for the marks; appended before the score highlight so a lit element still wins. */
export const DISCUSSION_STYLE_BLOCKS: { selector: string; style: Record<string, unknown> }[] = [
  ...AGREEMENT_STATUSES.flatMap((status) => {
    const ring = STATUS_STYLE[status].ring;
    if (!ring) return [];
    return [
      { selector: `node[vote = "${status}"]`, style: { 'outline-width': 3.5, 'outline-color': ring, 'outline-opacity': 0.9, 'outline-offset': 3 } },
      { selector: `edge[vote = "${status}"]`, style: { 'line-outline-width': 3, 'line-outline-color': ring } },
    ];
  }),
  { selector: 'node[vote = "rejected"]', style: { opacity: 0.45, 'outline-style': 'dashed' } },
  { selector: 'edge[vote = "rejected"]', style: { opacity: 0.35 } },
  {
    selector: 'node[talkBadge]',
    style: {
      'background-image': 'data(talkBadge)',
      'background-width': '30px',
      'background-height': '28px',
      'background-position-x': '100%',
      'background-position-y': '0%',
      'background-offset-x': 16,
      'background-offset-y': -16,
      'background-clip': 'none',
      'background-image-containment': 'over',
      'background-image-opacity': 1,
      'bounds-expansion': 20,
    },
  },
  {
    selector: 'edge[talkLabel]',
    style: { label: 'data(talkLabel)', 'font-weight': 700 },
  },
  { selector: 'edge[talkLabel][?talkUnread]', style: { color: UNREAD_COLOR } },
];

const commentWord = (n: number) => (n === 1 ? '1 comment' : `${n} comments`);

/**
 * Puts the marks on the canvas: `vote` (the agreement status), `talk` (comment count), `talkBadge` on actors
 * and `talkLabel` on ties. Elements without a mark lose theirs. Read-only for the browser tests through
 * window.__cy (`data('vote')`, `data('talk')`).
 */
export function applyDiscussionMarks(cy: Core, marks: ReadonlyMap<string, DiscussionMark>): void {
  cy.batch(() => {
    cy.elements().not('.decor').forEach((el) => {
      const m = marks.get(el.id());
      const status = m && m.status !== 'too_few' ? m.status : undefined;
      const talk = m?.comments ?? 0;
      const unread = (m?.unread ?? 0) > 0;
      setOrRemove(el, 'vote', status);
      setOrRemove(el, 'talk', talk > 0 ? talk : undefined);
      setOrRemove(el, 'talkUnread', talk > 0 && unread ? true : undefined);
      if (el.group() === 'nodes') {
        setOrRemove(el, 'talkBadge', talk > 0 ? bubbleImage(talk, unread) : undefined);
      } else {
        const tacit = el.data('tacit') === true;
        setOrRemove(el, 'talkLabel', talk > 0 ? (tacit ? `tacit · ${commentWord(talk)}` : commentWord(talk)) : undefined);
      }
    });
  });
}

function setOrRemove(el: { data(key: string, value?: unknown): unknown; removeData(key: string): unknown }, key: string, value: unknown) {
  if (value === undefined) {
    if (el.data(key) !== undefined) el.removeData(key);
  } else if (el.data(key) !== value) el.data(key, value);
}
