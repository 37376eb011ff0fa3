import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../../../bench/engine/generate';
import { computeReport, type EngineMessage, type EngineReport } from '../../../lib/engine';
import { whatIsMissingMessages } from '../../../lib/engine/readiness';
import { defaultStages } from '../../../lib/map/default-stages';
import { templateMap } from '../../../lib/map/templates';
import type { ActorType, TieKind } from '../../../lib/map/types';

// Maps that make the engine say everything it can: the reference networks, the demo, an empty map, a
// map broken in every way the input reader knows, and seeded random maps of every shape.

const here = path.dirname(fileURLToPath(import.meta.url));
const REFERENCE_DIR = path.resolve(here, '../../fixtures/reference-networks');

const TYPES: ActorType[] = ['firm', 'firm', 'firm', 'university', 'research', 'government', 'finance', 'intermediary', 'association', 'other'];
const KINDS: TieKind[] = ['knowledge', 'knowledge', 'supply', 'finance', 'policy', 'service', 'social'];
const LEVELS = ['low', 'high'] as const;

function randomMap(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const n = 1 + Math.floor(r() * 14);
  const stages = defaultStages().filter(() => r() > 0.3);
  const external = r();
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    label: `Actor ${i}`,
    type: pick(TYPES),
    scope: r() < external * 0.7 ? ('external' as const) : ('local' as const),
    stages: stages.filter(() => r() > 0.6).map((s) => s.id),
  }));
  const m = Math.floor(r() * n * (r() * 3));
  const ties = Array.from({ length: m }, (_, i) => {
    const kind = pick(KINDS);
    const tie: Record<string, unknown> = { id: `t${i}`, source: `a${Math.floor(r() * n)}`, target: `a${Math.floor(r() * n)}`, kind, directed: r() > 0.5, strength: 2, tacit: r() > 0.7 };
    if (kind === 'supply' && r() > 0.3) tie.gvc = { complexity: pick(LEVELS), codifiability: pick(LEVELS), supplierCapability: pick(LEVELS), ...(r() > 0.9 ? { sameGroup: true } : {}) };
    return tie;
  });
  return { meta: { title: `random ${seed}` }, stages, actors, ties };
}

/** Every input problem the reader reports, in one map (and the few that need a map of their own). */
export const BROKEN_MAPS: unknown[] = [
  'not a map',
  { meta: { weights: 'heavy' }, actors: [], ties: [], stages: [] },
  {
    meta: { weights: { I1: -1, nonsense: 3, eigenvectorMaxIterations: 1 } },
    stages: [{ label: 'no id' }, { id: 'rd', label: 'R&D', weight: 'x' }, { id: 'rd', label: 'again' }],
    actors: [
      { label: 'no id' },
      { id: 'a', type: 'firm', scope: 'local', stages: ['nowhere'] },
      { id: 'a', type: 'firm', scope: 'local' },
      { id: 'b', scope: 'local' },
      { id: 'c', type: 'spaceship', scope: 'local' },
      { id: 'd', type: 'firm' },
      { id: 'e', type: 'firm', scope: 'orbit' },
      { id: 'x', type: 'firm', scope: 'external' },
      { id: 'y', type: 'firm', scope: 'external' },
    ],
    ties: [
      { source: 'a', target: 'b' },
      { id: 't1', source: 'a', target: 'b', kind: 'knowledge' },
      { id: 't1', source: 'a', target: 'c', kind: 'knowledge' },
      { id: 't2', source: 'a', target: 'ghost', kind: 'supply' },
      { id: 't3', source: 'a', target: 'c', kind: 'gossip' },
      { id: 't4', source: 'a', target: 'd' },
      { id: 't5', source: 'a', target: 'd', kind: 'social', gvc: { complexity: 'high', codifiability: 'high', supplierCapability: 'high' } },
      { id: 't6', source: 'a', target: 'x', kind: 'supply', gvc: { complexity: 'medium' } },
      { id: 't7', source: 'a', target: 'a', kind: 'social' },
      { id: 't8', source: 'b', target: 'a', kind: 'knowledge' },
      { id: 't9', source: 'a', target: 'x', kind: 'supply', gvc: { complexity: 'low', codifiability: 'low', supplierCapability: 'high' } },
      { id: 't10', source: 'a', target: 'y', kind: 'supply', gvc: { complexity: 'low', codifiability: 'high', supplierCapability: 'low' } },
      { id: 't11', source: 'd', target: 'x', kind: 'supply', gvc: { complexity: 'high', codifiability: 'high', supplierCapability: 'low' } },
    ],
  },
];

export function referenceMaps(): unknown[] {
  return readdirSync(REFERENCE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(REFERENCE_DIR, f), 'utf8')).map);
}

export function corpusMaps(randomCount = 400): unknown[] {
  return [
    ...referenceMaps(),
    templateMap('optics-valley'),
    templateMap('empty'),
    ...BROKEN_MAPS,
    ...Array.from({ length: randomCount }, (_, i) => randomMap(i + 1)),
  ];
}

/** A message of a report with the English the engine wrote beside it (null when it writes none). */
export interface Said {
  message: EngineMessage;
  english: string | null;
}

export function messagesOf(report: EngineReport): Said[] {
  const said: Said[] = [];
  for (const c of [...report.indices.ici.components, ...report.indices.gi.components])
    said.push({ message: c.i18n.name, english: c.name }, { message: c.i18n.explanation, english: c.explanation }, { message: c.i18n.theory, english: c.theory }, { message: c.i18n.formula, english: c.formula });
  for (const r of report.recommendations) said.push({ message: r.i18n.title, english: r.title }, { message: r.i18n.message, english: r.message });
  for (const w of report.warnings) said.push({ message: w.i18n, english: w.message });
  said.push({ message: report.archetype.i18n.label, english: report.archetype.label }, { message: report.archetype.i18n.explanation, english: report.archetype.explanation });
  said.push({ message: report.tripleHelix.i18n.explanation, english: report.tripleHelix.explanation });
  for (const m of Object.values(whatIsMissingMessages(report))) said.push({ message: m, english: null });
  return said;
}

export const corpusReports = (randomCount?: number) => corpusMaps(randomCount).map((m) => computeReport(m as never));
