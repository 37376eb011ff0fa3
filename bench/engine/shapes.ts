// Betweenness + closeness (lib/engine/measures/paths.ts) on graph shapes other than the generated cluster
// maps: a sparse random graph, a hub-heavy one, one full of leaves (hub-and-spoke workshop maps), and the
// generated 2,000-actor map with and without its external actors (the two Brandes passes of a full report).
// Run: node --import tsx bench/engine/shapes.ts

import { buildGraph, inducedSubgraph, type Graph } from '../../lib/engine/graph';
import { readModel } from '../../lib/engine/input';
import { pathMeasures } from '../../lib/engine/measures/paths';
import { allTiesGraph } from '../../lib/engine/metrics';
import { generateMap, rng } from './generate';

function randomGraph(n: number, m: number, seed: number, pick: (r: () => number) => number): Graph {
  const random = rng(seed);
  const edges: number[] = [];
  for (let e = 0; e < m; e++) edges.push(pick(random), Math.floor(random() * n));
  return buildGraph(n, edges);
}

/** Hubs tied to each other, each with many single-tie satellites (most actors are leaves). */
function leafy(n: number, hubs: number, seed: number): Graph {
  const random = rng(seed);
  const edges: number[] = [];
  for (let h = 0; h < hubs; h++) for (let k = 0; k < 4; k++) edges.push(h, Math.floor(random() * hubs));
  for (let v = hubs; v < n; v++) {
    edges.push(v, Math.floor(random() * hubs));
    if (random() < 0.2) edges.push(v, Math.floor(random() * n)); // a fifth of them are not leaves
  }
  return buildGraph(n, edges);
}

const model = readModel(generateMap(2000, 42), []);
const all = allTiesGraph(model);
const local = model.actors.filter((a) => a.scope === 'local').map((a) => a.index);
const shapes: [string, Graph][] = [
  ['generated 2,000 (all ties)', all],
  ['generated 2,000 (G_L)', inducedSubgraph(all, local)],
  ['sparse random 2,000 / 3,000', randomGraph(2000, 3000, 7, (r) => Math.floor(r() * 2000))],
  ['hub-heavy 2,000 / 10,000', randomGraph(2000, 10000, 7, (r) => Math.floor(2000 * r() ** 4))],
  ['many leaves 2,000 (60 hubs)', leafy(2000, 60, 7)],
];

function cpuMs(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c = process.cpuUsage();
    fn();
    const u = process.cpuUsage(c);
    runs.push((u.user + u.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[3];
}

console.log('| shape | n | m | leaves | betweenness + closeness (median CPU of 7) |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, g] of shapes) {
  let leaves = 0;
  for (let v = 0; v < g.n; v++) if (g.offsets[v + 1] - g.offsets[v] === 1) leaves++;
  console.log(`| ${name} | ${g.n} | ${g.m} | ${leaves} | ${cpuMs(() => pathMeasures(g)).toFixed(1)} ms |`);
}
