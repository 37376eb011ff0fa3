// Times the pictures and the PDF report of a generated map and prints their figures (docs/report.md,
// "Figures"). Baselines in the same run: the SVG alone, and the same PDF without its two map pages.
//   node --import tsx bench/render/run.ts [--actors 300] [--seed 42] [--runs 5]
import { parseArgs } from 'node:util';
import { computeReport } from '../../lib/engine';
import { buildScene } from '../../lib/export/scene/build-scene';
import { sceneToSvg } from '../../lib/export/svg';
import { renderReportPdf } from '../../server/render/pdf';
import { renderExport } from '../../server/render/render-export';
import { RenderService } from '../../server/render/render-service';
import { generateMap } from '../engine/generate';

const { values } = parseArgs({ options: { actors: { type: 'string', default: '300' }, seed: { type: 'string', default: '42' }, runs: { type: 'string', default: '5' } } });
const actors = Number(values.actors);
const runs = Number(values.runs);
const map = generateMap(actors, Number(values.seed));
// A generated map has no positions: put the actors on a grid, 20 to a row, as a workshop would spread them.
map.actors.forEach((a, i) => Object.assign(a, { x: (i % 20) * 170, y: Math.floor(i / 20) * 150 }));
const report = computeReport(map);
const input = { map, report, participants: ['Facilitator', '参与者'], generatedAt: Date.now(), source: { kind: 'live' as const } };

async function time<T>(name: string, fn: () => Promise<T> | T, size: (r: T) => number): Promise<{ ms: number; bytes: number }> {
  await fn(); // warm-up: font files read and parsed, code compiled
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    bytes = size(await fn());
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(bytes / 1024).toFixed(0).padStart(7)} KiB   (median of ${runs}; min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})`);
  return { ms, bytes };
}

const bytesOf = (r: Awaited<ReturnType<typeof renderExport>>) => ('bytes' in r ? r.bytes.length : 0);

console.log(`${actors} actors, ${map.ties.length} ties, seed ${values.seed}; Node ${process.version}\n`);
await time('scene + SVG, network view (baseline)', () => sceneToSvg(buildScene(map, { view: 'network', report })), (s) => s.length);
await time('scene + SVG, value-chain view', () => sceneToSvg(buildScene(map, { view: 'value-chain', report })), (s) => s.length);
await time('SVG with embedded font subsets', () => renderExport({ kind: 'svg', map, report, view: 'network', embed: true, transparent: false }), bytesOf);
await time('PNG, network view, scale 1', () => renderExport({ kind: 'png', map, report, view: 'network', scale: 1, transparent: false }), bytesOf);
await time('PNG, network view, scale 2', () => renderExport({ kind: 'png', map, report, view: 'network', scale: 2, transparent: false }), bytesOf);
await time('PDF without the map pages (baseline)', () => renderReportPdf(input, { maps: false }), (b) => b.length);
const pdf = await time('PDF report, both maps', () => renderReportPdf(input), (b) => b.length);

const service = new RenderService();
const threaded = await time('PDF report on the render thread', () => service.render({ kind: 'pdf', input }), bytesOf);
await service.close();

const ok = (cond: boolean) => (cond ? 'met' : 'NOT MET');
console.log(`\nTarget for ${actors} actors: under 3 s and under 5 MB.`);
console.log(`In-process ${(pdf.ms / 1000).toFixed(2)} s, ${(pdf.bytes / 1024 / 1024).toFixed(2)} MB: ${ok(pdf.ms < 3000 && pdf.bytes < 5 * 1024 * 1024)}.`);
console.log(`On the render thread ${(threaded.ms / 1000).toFixed(2)} s (including the move to the main thread): ${ok(threaded.ms < 3000)}.`);
