import type { Locale } from '../../i18n/locale';
import { REPORT_PHRASES_ZH, REPORT_WORDS_ZH } from './report-words-zh';

// The report's own words: its headings, notes and labels, written once for the PDF (server/render) and the
// report page (app/_components/report), which both read them from here or from the report model built
// with them (docs/report.md "The report model"), in English here and in Chinese in report-words-zh.ts
// (docs/report.md "Languages"). The engine's own words are lib/i18n/engine-words.ts.

export const REPORT_WORDS = {
  subtitle: 'Cluster map and scores',
  /** "Label: value" lines and small headings. */
  label: {
    cluster: 'Cluster',
    region: 'Region',
    sector: 'Sector',
    date: 'Date',
    source: 'Source',
    map: 'Map',
    participants: 'Who took part',
    formula: 'Formula',
    says: 'What it says',
    theory: 'Theory',
    elements: 'Elements',
    actorsBehind: 'Actors behind it',
    added: 'Added',
    removed: 'Removed',
    explained: 'What explains the changes',
  },
  noParticipants: 'Not recorded.',
  nothing: 'nothing',
  maps: {
    network: {
      title: 'The actor network',
      caption: 'Every actor at the place the workshop gave it; ties by kind, thicker when stronger, arrows where knowledge flows one way.',
    },
    'value-chain': {
      title: 'The value chain',
      caption: 'Stages left to right, actors in the cluster above the line and outside below; supply ties coloured by their governance.',
    },
  },
  indexNote: 'The index is 100 × Σ weight · value ÷ Σ weight over its sub-indicators.',
  actors: 'Actors and their positions',
  actorsNote: 'Measures on the undirected network of all ties. Brokerage: Gould–Fernandez roles by actor type, with the number of pairs brokered.',
  governance: 'Value-chain governance',
  clusterType: 'Cluster type',
  clusterTypeTheory: 'Theory: Markusen 1996, sticky places in slippery space.',
  tripleHelix: 'Triple helix',
  tripleHelixTheory: 'T is measured on the ties touching a university, a firm or a government body; negative T means synergy (Leydesdorff; Etzkowitz & Leydesdorff 2000). Shown beside the indices, not part of them.',
  recommendations: 'Recommendations',
  noRecommendations: 'Nothing stands out: no rule fired on this map.',
  warnings: 'Check the map',
  comparison: 'What changed since',
  agreement: 'What the group agreed',
  discussion: 'What was said',
};

/** The report's sentences with numbers or names in them, and the words of its tables' cells. */
export const REPORT_PHRASES = {
  say: {
    indexTitle: (name: string, short: string, value: string) => `${name} index (${short}): ${value}`,
    indexSummary: (name: string, short: string, value: string) => `${name} (${short}): ${value} / 100`,
    componentTitle: (id: string, name: string, value: string, weight: string) => `${id} ${name}: ${value} (weight ${weight})`,
    governanceNote: (classified: number, supply: number) =>
      `${classified} of ${supply} supply ties are classified in one of the five modes (Gereffi, Humphrey & Sturgeon 2005); shares are of the classified ties.`,
    tripleHelixTitle: (T: string, known: boolean) => `Triple helix: T = ${T}${known ? ' bits' : ''}`,
    warningsTitle: (n: number) => `Check the map (${counted(n, 'warning', 'warnings')})`,
    discussionTitle: (n: number) => `What was said (${counted(n, 'comment', 'comments')})`,
    mapText: (c: { actors: number; local: number; external: number; ties: number; stages: number }) =>
      `${counted(c.actors, 'actor', 'actors')} (${c.local} in the cluster, ${c.external} outside), ${counted(c.ties, 'tie', 'ties')}, ${counted(c.stages, 'value-chain stage', 'value-chain stages')}`,
    madeText: (time: string) => `Made by ClusterCanvas on ${time}. Every number is computed by the same engine the workshop saw.`,
    more: (shown: string, more: number) => `${shown} and ${more} more`,
    nameSeparator: '; ',
    // The names of the checkpoints the server takes by itself (lib/map/checkpoint-names.ts), worded.
    autoName: { phase: (phase: string) => `Phase: ${phase}`, beforeRestore: (name: string) => `Before restoring “${name}”`, beforeImport: 'Before an import' },
    source: { checkpoint: (name?: string) => (name ? `Checkpoint “${name}”` : 'A checkpoint'), agreed: (name?: string) => (name ? `The agreed map (${name})` : 'The agreed map'), live: 'The live map', scenario: (name?: string) => (name ? `Scenario “${name}”` : 'A scenario') },
    rules: (quorum: number, threshold: string) => `at least ${counted(quorum, 'vote', 'votes')}, and a share of ${threshold} agreeing`,
    nobodyVoted: (rules: string) => `Nobody voted and nothing was decided, so no element is agreed yet (the rules: ${rules}).`,
    rulesLine: (rules: string) => `Rules: ${rules}.`,
    secretTally: ' (secret round)',
    secretNote: (n: number) => `${counted(n, 'element was', 'elements were')} voted on in a secret round: the counts are known, not who voted what.`,
    tooFew: (n: number) => `${counted(n, 'element', 'elements')} had too few votes to say.`,
    comparisonTitle: (against: string) => `What changed since: ${against}`,
    scenarioTitle: (scenario: string) => `What ${scenario} would change`,
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    someone: 'Someone',
  },
  status: { agreed: 'Agreed', rejected: 'Rejected', parked: 'Parked', contested: 'Contested', open: 'Open', too_few: 'Too few votes' },
  kind: { actor: 'Actor', tie: 'Tie' },
  scope: { local: 'Local', external: 'External' },
  columns: {
    actor: 'Actor', type: 'Type', scope: 'Scope', degree: 'Degree', betweenness: 'Betweenness', closeness: 'Closeness', eigenvector: 'Eigenvector',
    constraint: 'Constraint', role: 'Knowledge role', brokerage: 'Brokerage roles', mode: 'Governance', count: 'Supply ties', share: 'Share of classified',
    value: 'Value', before: 'Before', after: 'After', change: 'Change', element: 'Element', status: 'Status', tally: 'Agree / disagree / unsure', decision: 'Decision and reason',
  },
};

/** The report's words and phrases; the Chinese ones have the same shape. */
export type ReportWords = typeof REPORT_WORDS;
export type ReportPhrases = typeof REPORT_PHRASES;

/** The report's words in `locale` (English when none is given). */
export const reportWords = (locale: Locale = 'en'): ReportWords => (locale === 'zh-CN' ? REPORT_WORDS_ZH : REPORT_WORDS);
export const reportPhrases = (locale: Locale = 'en'): ReportPhrases => (locale === 'zh-CN' ? REPORT_PHRASES_ZH : REPORT_PHRASES);

/** "1 comment", "3 comments". */
export const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
