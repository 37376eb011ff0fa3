import type { Archetype, GovernanceClass, KnowledgeRole } from '../../../lib/engine/types';

// Plain words for the engine's codes, written for a workshop room: short, no jargon without a gloss.

export interface RoleLabel {
  label: string;
  hint: string;
  /** Tailwind classes for the badge; every badge also carries its word, colour is never the only cue. */
  badge: string;
}

export const ROLE_LABEL: Record<KnowledgeRole, RoleLabel> = {
  gatekeeper: {
    label: 'Gatekeeper',
    hint: 'Brings outside knowledge in and passes it on to local actors',
    badge: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  },
  external_star: {
    label: 'External star',
    hint: 'Well connected outside the cluster, but shares little locally',
    badge: 'bg-sky-100 text-sky-900 ring-sky-300',
  },
  mutual_exchanger: {
    label: 'Mutual exchanger',
    hint: 'Gives and receives knowledge locally, above the average',
    badge: 'bg-violet-100 text-violet-900 ring-violet-300',
  },
  weakly_connected: {
    label: 'Weakly connected',
    hint: 'Some local knowledge ties, below the average',
    badge: 'bg-amber-100 text-amber-900 ring-amber-300',
  },
  isolated: {
    label: 'Isolated',
    hint: 'No local knowledge ties and few outside',
    badge: 'bg-rose-100 text-rose-900 ring-rose-300',
  },
};

export const ARCHETYPE_LABEL: Record<Archetype, { label: string; line: string }> = {
  marshallian: {
    label: 'Marshallian district',
    line: 'Many small local firms trading and learning from each other, no dominant player.',
  },
  hub_and_spoke: {
    label: 'Hub-and-spoke',
    line: 'One or a few large firms at the centre, suppliers around them that rarely talk to each other.',
  },
  satellite_platform: {
    label: 'Satellite platform',
    line: 'Branches of outside companies, tied to head offices elsewhere more than to each other.',
  },
  state_anchored: {
    label: 'State-anchored',
    line: 'A public body, university or lab sits at the centre and holds the cluster together.',
  },
  mixed: {
    label: 'Mixed',
    line: 'No single pattern dominates: features of several cluster types at once.',
  },
};

export const GOVERNANCE_LABEL: Record<GovernanceClass, string> = {
  market: 'Market',
  modular: 'Modular',
  relational: 'Relational',
  captive: 'Captive',
  hierarchy: 'Hierarchy',
  not_expected: 'Not expected',
  exclusion: 'Supplier excluded',
};

/** Used when the engine leaves a sub-indicator's theory empty: one line naming the work behind it. */
export const THEORY_FALLBACK: Record<string, string> = {
  I1: 'Giuliani & Bell 2005: knowledge circulates only through a connected local network',
  I2: 'Storper & Venables 2004: local buzz from face-to-face contact',
  I3: 'Etzkowitz & Leydesdorff 2000: the triple helix of university, industry and government',
  I4: 'Bathelt, Malmberg & Maskell 2004: local buzz and global pipelines',
  I5: 'Gould & Fernandez 1989; Giuliani & Bell 2005: technological gatekeepers',
  I6: 'Polanyi 1966; Maskell & Malmberg 1999: tacit knowledge travels badly',
  I7: 'Shih 1992 smile curve; Humphrey & Schmitz 2002: functional upgrading',
  G1: 'Amin & Thrift 1995: institutional thickness',
  G2: 'Burt 1992; Gould & Fernandez 1989: brokerage by bridging organisations',
  G3: 'Crespo, Suire & Vicente 2014: cluster resilience and network structure',
  G4: 'Freeman 1979: centralization of a network',
  G5: 'Coleman 1988: closure builds trust',
  G6: 'Gereffi, Humphrey & Sturgeon 2005; Humphrey & Schmitz 2002: governance and upgrading',
  G7: 'Gereffi 1999: buyer-driven chains and dependence on few buyers',
};

export const INDEX_LABEL = {
  ici: { short: 'ICI', name: 'Innovation capability', hint: 'How well knowledge flows in, around and out of the cluster' },
  gi: { short: 'GI', name: 'Governance', hint: 'How well the cluster organises itself and its value chains' },
} as const;
