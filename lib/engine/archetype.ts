// Markusen's (1996) "sticky places": which kind of industrial district the local network resembles.
// A label to discuss, not a score.

import { fmt, idsOf, type ClusterBase } from './cluster';
import { degreeCentralization } from './measures/centralization';
import { msg, type EngineMessage, type EngineMessageKey, type MessageValue } from './messages';
import type { ArchetypeReport } from './types';

const LABELS = {
  state_anchored: 'State-anchored district',
  hub_and_spoke: 'Hub-and-spoke district',
  satellite_platform: 'Satellite industrial platform',
  marshallian: 'Marshallian district',
  mixed: 'Mixed (no single archetype)',
} as const;

export function classifyArchetype(c: ClusterBase): ArchetypeReport {
  const s = c.settings;
  const g = c.localGraph;
  const k = g.n;
  const degree = (i: number) => g.offsets[i + 1] - g.offsets[i];
  const centrality = Array.from({ length: k }, (_, i) => (k > 1 ? degree(i) / (k - 1) : 0));
  const cd = degreeCentralization(centrality);
  let maxDeg = 0;
  for (let i = 0; i < k; i++) maxDeg = Math.max(maxDeg, degree(i));
  // Every actor sharing the top degree is a candidate, so renaming actors cannot change the label.
  const top = maxDeg > 0 ? Array.from({ length: k }, (_, i) => i).filter((i) => degree(i) === maxDeg) : [];
  const topCentrality = top.length ? centrality[top[0]] : 0;

  const isFirm = new Uint8Array(k);
  for (const v of c.firms) isFirm[c.localIndex[v]] = 1;
  const f = c.firms.length;
  let firmPairs = 0;
  const firmNeighbours = new Int32Array(k);
  for (let u = 0; u < k; u++) {
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
      const v = g.adj[p];
      if (isFirm[v]) firmNeighbours[u]++;
      if (u < v && isFirm[u] && isFirm[v]) firmPairs++;
    }
  }
  const firmDensity = f > 1 ? firmPairs / ((f * (f - 1)) / 2) : 0;
  const p = c.externalShare;
  const global = (i: number) => c.local[i];
  const type = (i: number) => c.model.actors[global(i)].type;
  const evidence = {
    topActors: idsOf(c, top.map(global)),
    topDegreeCentrality: topCentrality,
    degreeCentralization: cd,
    firmDensity,
    externalShare: p,
  };
  const report = (id: ArchetypeReport['id'], explanation: string, elements: string[], values: Record<string, MessageValue>): ArchetypeReport => {
    const key = (part: 'label' | 'explanation') => `archetype.${id}.${part}` as EngineMessageKey;
    const i18n: { label: EngineMessage; explanation: EngineMessage } = { label: msg(key('label')), explanation: msg(key('explanation'), values) };
    return { id, label: LABELS[id], explanation, elements, evidence, i18n };
  };

  const anchors = top.filter((i) => ['government', 'university', 'research'].includes(type(i)));
  if (anchors.length && topCentrality >= s.anchorDegreeCentrality && cd >= s.archetypeCentralization) {
    const names = idsOf(c, anchors.map(global));
    return report(
      'state_anchored',
      `The best-connected local actor (${names.join(', ')}, a ${type(anchors[0])}) is tied to ${fmt(topCentrality * 100)}% of the other local actors and the local network is centralised (degree centralization ${fmt(cd)}): a public or knowledge anchor organises the cluster.`,
      names,
      { actors: names, type: type(anchors[0]), centrality: topCentrality, centralization: cd },
    );
  }
  const hubs = top.filter((i) => {
    if (type(i) !== 'firm' || c.externalDegree[global(i)] === 0) return false;
    const others = f - 1;
    const pairs = firmPairs - firmNeighbours[i];
    const density = others > 1 ? pairs / ((others * (others - 1)) / 2) : 0;
    return density < s.hubFirmDensity;
  });
  if (hubs.length && cd >= s.archetypeCentralization) {
    const names = idsOf(c, hubs.map(global));
    return report(
      'hub_and_spoke',
      `One large firm (${names.join(', ')}) is the hub: it has the most local ties (degree centralization ${fmt(cd)}) and ties outside the region, while the other local firms are hardly tied to each other.`,
      names,
      { actors: names, centralization: cd },
    );
  }
  if (p >= s.satelliteExternalShare && firmDensity < s.satelliteFirmDensity) {
    return report(
      'satellite_platform',
      `${fmt(p * 100)}% of the cluster's ties reach outside the region while local firms are barely tied to each other (firm–firm density ${fmt(firmDensity)}): branch plants of external groups.`,
      idsOf(c, c.firms),
      { externalShare: p, firmDensity },
    );
  }
  if (cd < s.archetypeCentralization && firmDensity >= s.marshallianFirmDensity && p < s.marshallianExternalShare) {
    return report(
      'marshallian',
      `Many local firms tied to each other (firm–firm density ${fmt(firmDensity)}), no dominant actor (degree centralization ${fmt(cd)}) and mostly local ties (${fmt(p * 100)}% external): a Marshallian district of small firms.`,
      idsOf(c, c.firms),
      { firmDensity, centralization: cd, externalShare: p },
    );
  }
  return report(
    'mixed',
    `No archetype fits clearly (degree centralization ${fmt(cd)}, firm–firm density ${fmt(firmDensity)}, external tie share ${fmt(p * 100)}%).`,
    [],
    { centralization: cd, firmDensity, externalShare: p },
  );
}
