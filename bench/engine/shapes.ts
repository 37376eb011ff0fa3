// Betweenness + closeness (lib/engine/measures/paths.ts) on graph shapes other than the generated cluster
// maps: a sparse random graph, a hub-heavy one, one full of leaves (hub-and-spoke workshop maps), and the
// generated 2,000-actor map with and without its external actors (the two Brandes passes of a full report),
// a grid and a chain (long paths: the worst case for searching 32 sources at a time).
// Run: node --import tsx bench/engine/shapes.ts [--baseline <module exporting pathMeasures>]
// With --baseline, that implementation (e.g. an older paths.ts) is timed too, interleaved run by run with the
// current one in the same process so that load from other processes hits both alike, and the values are compared.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
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

/** A rows × cols lattice: long shortest paths, no hubs. */
function grid(rows: number, cols: number): Graph {
  const edges: number[] = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const v = i * cols + j;
      if (j + 1 < cols) edges.push(v, v + 1);
      if (i + 1 < rows) edges.push(v, v + cols);
    }
  return buildGraph(rows * cols, edges);
}

const chain = buildGraph(2000, Array.from({ length: 2 * 1999 }, (_, k) => (k >> 1) + (k & 1)));

const model = readModel(generateMap(2000, 42), []);
const all = allTiesGraph(model);
const local = model.actors.filter((a) => a.scope === 'local').map((a) => a.index);
const shapes: [string, Graph][] = [
  ['generated 2,000 (all ties)', all],
  ['generated 2,000 (G_L)', inducedSubgraph(all, local)],
  ['sparse random 2,000 / 3,000', randomGraph(2000, 3000, 7, (r) => Math.floor(r() * 2000))],
  ['hub-heavy 2,000 / 10,000', randomGraph(2000, 10000, 7, (r) => Math.floor(2000 * r() ** 4))],
  ['many leaves 2,000 (60 hubs)', leafy(2000, 60, 7)],
  ['grid 40 × 50', grid(50, 40)],
  ['chain of 2,000', chain],
];

type Impl = (g: Graph) => { betweennessRaw: Float64Array; closeness: Float64Array };
const { values: opts } = parseArgs({ options: { baseline: { type: 'string' } } });
const baseline: Impl | undefined = opts.baseline
  ? (await import(pathToFileURL(path.resolve(opts.baseline)).href)).pathMeasures
  : undefined;

/** Median CPU time of 7 runs per implementation, after one warm-up run each, runs interleaved. */
function cpuMs(impls: Impl[], g: Graph): number[] {
  const runs = impls.map(() => [] as number[]);
  for (const fn of impls) fn(g);
  for (let i = 0; i < 7; i++)
    impls.forEach((fn, k) => {
      const c = process.cpuUsage();
      fn(g);
      const u = process.cpuUsage(c);
      runs[k].push((u.user + u.system) / 1000);
    });
  return runs.map((r) => r.sort((a, b) => a - b)[3]);
}

function maxRelDiff(a: Impl, b: Impl, g: Graph): number {
  const x = a(g);
  const y = b(g);
  let d = 0;
  for (let v = 0; v < g.n; v++)
    d = Math.max(
      d,
      Math.abs(x.betweennessRaw[v] - y.betweennessRaw[v]) / Math.max(1, Math.abs(y.betweennessRaw[v])),
      Math.abs(x.closeness[v] - y.closeness[v]),
    );
  return d;
}

console.log(
  baseline
    ? '| shape | n | m | leaves | baseline | current | speed-up | max rel. Δ |\n| --- | --- | --- | --- | --- | --- | --- | --- |'
    : '| shape | n | m | leaves | betweenness + closeness (median CPU of 7) |\n| --- | --- | --- | --- | --- |',
);
for (const [name, g] of shapes) {
  let leaves = 0;
  for (let v = 0; v < g.n; v++) if (g.offsets[v + 1] - g.offsets[v] === 1) leaves++;
  if (baseline) {
    const [before, after] = cpuMs([baseline, pathMeasures], g);
    const diff = maxRelDiff(pathMeasures, baseline, g).toExponential(1);
    console.log(`| ${name} | ${g.n} | ${g.m} | ${leaves} | ${before.toFixed(1)} ms | ${after.toFixed(1)} ms | ${(before / after).toFixed(2)}× | ${diff} |`);
  } else console.log(`| ${name} | ${g.n} | ${g.m} | ${leaves} | ${cpuMs([pathMeasures], g)[0].toFixed(1)} ms |`);
}
