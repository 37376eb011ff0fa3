// Prints the soak's figures (bench/soak/run.ts): each phase side by side (the baseline without the hostile
// client, then under attack), the hostile client's answers, and the end checks. Returns whether all held.
import type { Convergence, LossReport } from './checks';
import type { PhaseStats } from './honest';
import type { HostileReport } from './hostile';
import { ATTACKS } from './hostile';
import type { MemorySample } from './server-handle';
import { fmt, MiB, slopePerMinute } from './stats';

export interface PhaseResult {
  name: string;
  seconds: number;
  /** How long the crowd wrote (the phase also waits for its last storm and sample). */
  writingSeconds: number;
  /** The machine's 1-minute load average at the phase's end (other processes inflate every figure). */
  loadAverage: number;
  stats: PhaseStats;
  memory: MemorySample[];
}

export interface SoakResult {
  phases: PhaseResult[];
  hostile: HostileReport;
  converged: Convergence;
  losses: LossReport;
  restartMatches: boolean;
  storedBytes: number;
  maxHeapSlope: number;
}

const slope = (memory: MemorySample[], field: 'rss' | 'heapUsed') => slopePerMinute(memory.map((m) => ({ t: m.at, y: m[field] / MiB })));
const last = (memory: MemorySample[], field: 'rss' | 'heapUsed' | 'arrayBuffers') => (memory.length ? memory[memory.length - 1][field] / MiB : NaN);

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

function cpuShare(memory: MemorySample[]): number {
  if (memory.length < 2) return NaN;
  const [first, end] = [memory[0], memory[memory.length - 1]];
  return ((end.cpuMs - first.cpuMs) / (end.at - first.at)) * 100;
}

function row(label: string, cells: string[]) {
  console.log(`  ${label.padEnd(34)}${cells.map((c) => c.padStart(16)).join('')}`);
}

export function printReport(result: SoakResult): boolean {
  const { phases } = result;
  console.log('\n=== soak: honest clients (server memory after a full GC) ===');
  row('', phases.map((p) => p.name.split(' ')[0] + (p.name.includes('attack') ? ' attack' : '')));
  row('seconds', phases.map((p) => fmt(p.seconds, 0)));
  row('writes / s (made)', phases.map((p) => fmt(p.stats.writes / p.writingSeconds)));
  row('acks / s', phases.map((p) => fmt(p.stats.acked / p.seconds)));
  row('most writes awaiting an ack', phases.map((p) => String(p.stats.maxBacklog)));
  row('ack latency p50 / p99 (ms)', phases.map((p) => `${fmt(p.stats.ackMs.percentile(50))} / ${fmt(p.stats.ackMs.percentile(99))}`));
  row('ack latency max (ms)', phases.map((p) => fmt(p.stats.ackMs.max)));
  row('reconnect storms', phases.map((p) => String(p.stats.storms)));
  row('reconnect → synced p50 / max (ms)', phases.map((p) => `${fmt(p.stats.reconnectMs.percentile(50), 0)} / ${fmt(p.stats.reconnectMs.max, 0)}`));
  row('honest refusals', phases.map((p) => [...p.stats.refusals].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'));
  row('server CPU (% of one core)', phases.map((p) => fmt(cpuShare(p.memory))));
  row('server event-loop delay mean / max (ms)', phases.map((p) => `${fmt(mean(p.memory.map((m) => m.loopDelayMeanMs)), 0)} / ${fmt(Math.max(...p.memory.map((m) => m.loopDelayMaxMs)), 0)}`));
  row('load average at end', phases.map((p) => fmt(p.loadAverage)));
  row('server RSS at end (MiB)', phases.map((p) => fmt(last(p.memory, 'rss'))));
  row('RSS slope (MiB/min)', phases.map((p) => fmt(slope(p.memory, 'rss'), 2)));
  row('heap used at end (MiB)', phases.map((p) => fmt(last(p.memory, 'heapUsed'))));
  row('heap slope (MiB/min)', phases.map((p) => fmt(slope(p.memory, 'heapUsed'), 2)));
  row('array buffers at end (MiB)', phases.map((p) => fmt(last(p.memory, 'arrayBuffers'))));

  console.log('\n=== soak: hostile client (answers by count; ok = accepted) ===');
  for (const attack of ATTACKS) {
    const entry = result.hostile.byAttack.get(attack.name);
    if (!entry) continue;
    const answers = [...entry.answers].map(([a, n]) => `${a} ×${n}`).join(', ');
    const extra = [...entry.notes, ...[...entry.figures].map(([what, n]) => `${n} ${what}`), ...[...entry.failures].map((f) => `error: ${f}`)].join('; ');
    console.log(`  ${attack.name.padEnd(28)} runs ${String(entry.runs).padStart(3)}  ${answers}${extra ? `  (${extra})` : ''}`);
    console.log(`  ${''.padEnd(28)} expected: ${attack.expected}`);
  }

  // Flat means the hostile client adds no growth: the honest load itself grows the document (and, when
  // the disk lags, the backlog of writes waiting for it), which the baseline measures.
  const [baseline, attack] = [phases[0], phases[phases.length - 1]];
  const heapSlope = slope(attack.memory, 'heapUsed');
  const baselineSlope = slope(baseline.memory, 'heapUsed');
  const honestRefusedForGood = phases.some((p) => [...p.stats.refusals.keys()].some((code) => !['rate_limited', 'internal', 'incomplete'].includes(code)));
  const checks: Array<[string, boolean, string]> = [
    ['nothing acked lost after a restart', result.losses.missing.length === 0 && result.restartMatches,
      `${result.losses.checked} writes checked, ${result.losses.missing.length} missing${result.restartMatches ? '' : '; the restarted state differs from the clients’'}`],
    ['every honest client converged', result.converged.ok,
      `${result.converged.distinctStateVectors} state vector(s), ${result.converged.distinctContents} content(s)`],
    ['memory flat under attack', !(heapSlope - Math.max(0, baselineSlope) > result.maxHeapSlope),
      `heap ${fmt(heapSlope, 2)} MiB/min against ${fmt(baselineSlope, 2)} in the baseline (at most ${result.maxHeapSlope} more), RSS ${fmt(slope(attack.memory, 'rss'), 2)} MiB/min`],
    ['no honest write refused for good', !honestRefusedForGood, 'rate_limited and internal are resent by the provider'],
  ];
  console.log('\n=== soak: checks ===');
  for (const [what, ok, detail] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}: ${detail}`);
  if (result.losses.missing.length) console.log(`  missing: ${result.losses.missing.slice(0, 10).join('; ')}`);
  console.log(`  stored document: ${fmt(result.storedBytes / 1024, 0)} KiB`);
  return checks.every(([, ok]) => ok);
}
