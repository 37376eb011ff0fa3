import type { EngineReport } from '../../engine/types';
import type { Locale } from '../../i18n/locale';
import type { ClusterMap } from '../../map/types';
import type { SceneView } from '../scene/types';
import type { CompareMessage } from '../../compare/messages';

// The report as plain data (docs/report.md, "Report model"): what the PDF (server/render/pdf.ts) and the
// report web page render, so they can never disagree. Every number comes with the text shown for it.

/** `scenario`: a what-if scenario applied to the live map, only ever compared with (docs/report.md "Comparison"). */
export type SourceKind = 'live' | 'checkpoint' | 'agreed' | 'scenario';
import type { AgreementStatus } from '../../map/agreement';

export type { AgreementStatus };
export type ElementKind = 'actor' | 'tie' | 'stage';

/** What the group decided about each element (the agreement step), as the workshop's rules counted it. */
export interface AgreementInput {
  rules: { quorum: number; threshold: number };
  elements: Array<{
    id: string;
    kind: 'actor' | 'tie';
    label: string;
    status: AgreementStatus;
    /** The facilitator's decision, when one overrides the votes. */
    decision?: 'agreed' | 'rejected' | 'parked';
    reason?: string;
    tally: { agree: number; disagree: number; unsure: number; total: number };
    /** The tally is a closed secret round's (docs/protocol.md P18): counts only, nobody's name. */
    secret?: true;
  }>;
}

/** The comments people left on elements, oldest first. */
export interface DiscussionInput {
  comments: Array<{ element: string; elementLabel: string; author: string; text: string; at: string }>;
}

/** This map against an earlier state of it (a checkpoint, or the live map against the agreed one). */
export interface ComparisonInput {
  against: { kind: SourceKind; name?: string; at?: string };
  /** ICI, GI and their sub-indicators, before and after: indices 0–100, sub-indicators 0–1. */
  values: Array<{ id: string; name: string; before: number; after: number }>;
  added: Array<{ id: string; kind: 'actor' | 'tie'; label: string }>;
  removed: Array<{ id: string; kind: 'actor' | 'tie'; label: string }>;
  /** `since` an earlier state (a checkpoint), or what a scenario `would` change: before is this map, after the scenario. */
  direction?: 'since' | 'would';
  /** The sentence of every index and sub-indicator that moved (lib/compare), worded in the report's language. */
  explained?: Array<{ id: string; message: CompareMessage }>;
  /** The two states' elements, so the sentences name them in the report's language. */
  sides?: { from: ComparedElements; to: ComparedElements };
}

export type ComparedElements = Pick<ClusterMap, 'actors' | 'ties' | 'stages'>;

export interface ReportInput {
  map: ClusterMap;
  report: EngineReport;
  /** Names of who took part. */
  participants?: readonly string[];
  agreement?: AgreementInput;
  discussion?: DiscussionInput;
  comparison?: ComparisonInput;
  /** When the report was made (ISO 8601 or epoch ms). */
  generatedAt: string | number;
  source: { kind: SourceKind; name?: string };
  /** The report's language: its words, the engine's and the actors' names (docs/report.md "Languages"); 'en' by default. */
  locale?: Locale;
}

/** An element a text names, by its label. */
export interface ElementRef {
  id: string;
  kind: ElementKind | 'unknown';
  label: string;
}

export interface Figure {
  value: number | null;
  text: string;
}

export interface ComponentSection {
  id: string;
  name: string;
  /** "I1 Knowledge reach: 0.54 (weight 0.15)". */
  title: string;
  value: Figure;
  weight: Figure;
  formula: string;
  explanation: string;
  theory: string;
  elements: ElementRef[];
  /** The elements by label, the first few and how many more (format.ts namesText). */
  elementsText: string;
}

export interface IndexSection {
  id: 'ici' | 'gi';
  short: string;
  name: string;
  hint: string;
  /** The index's heading: "Innovation capability index (ICI): 66.9". */
  title: string;
  /** The cover's line: "Innovation capability (ICI): 66.9 / 100". */
  summary: string;
  /** The hint and how the index is computed. */
  note: string;
  value: Figure;
  components: ComponentSection[];
}

export interface ActorRow {
  id: string;
  label: string;
  type: string;
  scope: string;
  degree: Figure;
  betweenness: Figure;
  closeness: Figure;
  eigenvector: Figure;
  constraint: Figure;
  role: { id: string; label: string } | null;
  /** Gould–Fernandez roles it plays (partition by actor type), with counts, most first. */
  brokerage: Array<{ role: string; count: number }>;
  brokerageText: string;
}

export interface GovernanceRow {
  mode: string;
  label: string;
  count: number;
  share: Figure;
}

export interface ComparisonRow {
  id: string;
  name: string;
  before: Figure;
  after: Figure;
  change: Figure;
}

export interface AgreementRow extends AgreementElement {
  statusLabel: string;
  kindLabel: string;
  /** The decision in words and its reason, "Parked — check with YOFC"; "–" without a decision. */
  decisionText: string;
  /** "3 / 1 / 0", marked when a secret round counted it. */
  tallyText: string;
}

export type AgreementElement = AgreementInput['elements'][number];

/**
 * Every section carries the title both renderers show and, where it has one, the note under it, so the
 * PDF and the page say the same words (report-words.ts). docs/report.md lists what is left out when empty.
 */
export interface ReportModel {
  /** The language it is worded in; renderers take their column titles and labels in it (reportColumns, reportWords). */
  locale: Locale;
  cover: {
    title: string;
    /** "Cluster map and scores". */
    subtitle: string;
    cluster?: string;
    region?: string;
    sector?: string;
    /** YYYY-MM-DD (UTC) and the full ISO time. */
    date: string;
    generatedAt: string;
    source: { kind: SourceKind; name?: string; text: string };
    participants: string[];
    /** The names, or that nobody was recorded. */
    participantsText: string;
    counts: { actors: number; local: number; external: number; ties: number; stages: number };
    /** "34 actors (26 in the cluster, 8 outside), 69 ties, 7 value-chain stages". */
    mapText: string;
    /** When and by what the report was made. */
    madeText: string;
  };
  maps: Array<{ view: SceneView; title: string; caption: string }>;
  indices: IndexSection[];
  actors: { title: string; note: string; rows: ActorRow[] };
  governance: { title: string; supplyTies: number; classified: number; mix: GovernanceRow[]; note: string };
  archetype: { id: string; title: string; label: string; line: string; explanation: string; elements: ElementRef[]; elementsText: string; note: string };
  tripleHelix: { title: string; T: Figure; synergy: boolean; ties: number; explanation: string; note: string };
  recommendations: {
    title: string;
    /** Said instead of the list when no rule fired; '' otherwise. */
    note: string;
    items: Array<{ id: string; title: string; message: string; theory: string; elements: ElementRef[]; elementsText: string }>;
  };
  /** Present only when there are warnings. */
  warnings?: { title: string; items: Array<{ code: string; message: string; elements: ElementRef[] }> };
  agreement?: {
    title: string;
    rules: { quorum: number; threshold: Figure };
    counts: Array<{ status: AgreementStatus; label: string; count: number }>;
    /** The rules and the counts; one sentence with the rules alone when nobody voted and nothing was decided. */
    summary: string;
    /** The elements worth reading one by one: settled, contested or open. */
    elements: AgreementRow[];
    /** How many had too few votes to say, in words; '' when none (or when nobody voted at all). */
    tooFew: string;
  };
  /** Present only when someone commented. */
  discussion?: { title: string; count: number; threads: Array<{ element: string; elementLabel: string; comments: Array<{ author: string; text: string; at: string; line: string }> }> };
  comparison?: {
    title: string;
    against: { kind: SourceKind; name?: string; text: string };
    values: ComparisonRow[];
    added: ComparisonInput['added'];
    removed: ComparisonInput['removed'];
    /** The labels added and removed, or "nothing". */
    addedText: string;
    removedText: string;
    /** One sentence per index and sub-indicator that moved, naming the elements that explain it. */
    explanations: Array<{ id: string; text: string }>;
  };
}
