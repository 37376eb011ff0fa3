import type { Archetype, GovernanceClass, KnowledgeRole } from '../../engine/types';
import { ARCHETYPE_WORDS, GOVERNANCE_WORDS, INDEX_WORDS, ROLE_WORDS_BY_LOCALE } from '../../i18n/code-words';

// Plain words for the engine's codes, written for a workshop room: short, no jargon without a gloss. The
// score panel (app/_components/scores/labels.ts) and the report (report-model.ts) read the same words.

// The English words, kept under their old names for the score panel; both languages are in
// lib/i18n/code-words.ts (docs/report.md "Languages").
export const ROLE_WORDS: Record<KnowledgeRole, { label: string; hint: string }> = ROLE_WORDS_BY_LOCALE.en;
export const ARCHETYPE_LABEL: Record<Archetype, { label: string; line: string }> = ARCHETYPE_WORDS.en;
export const GOVERNANCE_LABEL: Record<GovernanceClass, string> = GOVERNANCE_WORDS.en;

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

export const INDEX_LABEL = INDEX_WORDS.en;
