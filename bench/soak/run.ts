// Soak benchmark (issue 11 item 8; docs/operations.md "Soak"): a real server on a temporary DATA_DIR,
// honest reference clients writing ~100 updates/s in total through reconnect storms, first alone (the
// baseline) and then beside a hostile client sending the attacks of bench/soak/hostile.ts, in one run.
// At the end: nothing acknowledged lost after a restart, memory flat, every honest client converged.
//
//   npm run bench:soak                      # 10 minutes: 5 of baseline, 5 under attack
//   npm run bench:soak -- --minutes 1       # a smoke run
//   options: --clients 20 --rate 100 --storm-every 30 --storm-fraction 0.5 --offline-ms 2000
//            --max-heap-slope 2 (MiB/min after GC that the attack may add to the baseline's) --keep (keep the DATA_DIR)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { craftedUpdates } from '../sync/crafted-updates';
import { WorkshopProvider } from '../../lib/sync/provider';
import { convergence, findLosses, stateVector, waitForConvergence } from './checks';
import { HonestCrowd, PhaseStats } from './honest';
import { HostileReport, runHostile, type AttackContext } from './hostile';
import { printReport, type PhaseResult } from './report';
import { startSoakServer, type MemorySample, type SoakServer } from './server-handle';
import { SOAK_MAX_SOCKET_OUTPUT_BYTES } from './soak-config';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    clients: { type: 'string', default: '20' },
    rate: { type: 'string', default: '100' },
    'storm-every': { type: 'string', default: '30' },
    'storm-fraction': { type: 'string', default: '0.5' },
    'offline-ms': { type: 'string', default: '2000' },
    'max-heap-slope': { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const minutes = Number(args.minutes);
const clients = Number(args.clients);
const rate = Number(args.rate);
const stormEveryMs = Number(args['storm-every']) * 1000;
const stormFraction = Number(args['storm-fraction']);
const offlineMs = Number(args['offline-ms']);
const maxHeapSlope = Number(args['max-heap-slope']);
const phaseMs = (minutes * 60_000) / 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function createWorkshop(url: string) {
  const res = await fetch(`${url}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Soak' }) });
  if (res.status !== 201) throw new Error(`creating the workshop: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; keys: { facilitator: string; participant: string; observer: string } };
}

/** One phase: the crowd writes at `rate`, a storm every `stormEveryMs`, memory every 5 s; `alongside` runs with it. */
async function phase(name: string, server: SoakServer, crowd: HonestCrowd, alongside?: (until: () => boolean) => Promise<void>): Promise<PhaseResult> {
  const stats = new PhaseStats();
  crowd.stats = stats;
  const memory: MemorySample[] = [];
  const started = Date.now();
  const over = () => Date.now() - started >= phaseMs;
  log(`${name}: ${Math.round(phaseMs / 1000)} s`);
  const sampler = (async () => {
    while (!over()) {
      memory.push(await server.sample());
      await sleep(5000);
    }
    memory.push(await server.sample());
  })();
  const storms = (async () => {
    const storming: Promise<void>[] = [];
    while (!over()) {
      await sleep(Math.min(stormEveryMs, Math.max(0, phaseMs - (Date.now() - started))));
      if (over()) break;
      storming.push(crowd.storm(stormFraction, offlineMs));
    }
    await Promise.all(storming);
  })();
  const extra = alongside?.(over);
  let done = 0;
  let checked = started;
  while (!over()) {
    const due = Math.floor(((Date.now() - started) / 1000) * rate);
    for (; done < due; done++) crowd.write();
    if (Date.now() - checked >= 1000) {
      checked = Date.now();
      stats.maxBacklog = Math.max(stats.maxBacklog, crowd.backlog);
    }
    await sleep(10);
  }
  const writingSeconds = (Date.now() - started) / 1000;
  await Promise.all([sampler, storms, extra]);
  return { name, seconds: (Date.now() - started) / 1000, writingSeconds, stats, memory, loadAverage: os.loadavg()[0] };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-soak-'));
  log(`DATA_DIR ${dataDir}; ${clients} honest clients, ${rate} updates/s, ${minutes} min`);
  let server = await startSoakServer(dataDir);
  const workshop = await createWorkshop(server.url);
  // Crafting blocks this process for seconds (a minute on a loaded machine), so before anyone connects.
  // Both shapes build only on what they add, so an empty replica will do.
  log('crafting the 2 MiB updates');
  const crafted = craftedUpdates(new Y.Doc(), 'p_hostile', 'p_victim', ['list inserts', 'hostile votes']);
  const crowd = new HonestCrowd(server.url, { id: workshop.id, key: workshop.keys.participant });
  await crowd.start(clients);
  log('crowd connected');

  const baseline = await phase('baseline (honest load and storms)', server, crowd);
  const report = new HostileReport();
  const ctx: AttackContext = {
    url: server.url,
    workshop,
    victims: crowd.clients.map((c) => c.me),
    maxSocketOutputBytes: SOAK_MAX_SOCKET_OUTPUT_BYTES,
    crafted,
    honestWithMalformedPresence: () =>
      crowd.clients.filter((c) => [...c.provider.awareness.getStates().values()].some((s) => 'selection' in s && !Array.isArray(s.selection))).length,
  };
  const attack = await phase('under attack (the same, and the hostile client)', server, crowd, (until) => runHostile(ctx, report, until));

  log('settling: every client online, every write acknowledged');
  await crowd.settle(120_000);
  const converged = await waitForConvergence(() => crowd.clients.map((c) => c.provider.doc), 60_000);
  const finalVector = stateVector(crowd.clients[0].provider.doc);
  crowd.destroy();

  log('restarting the server on the same DATA_DIR');
  await server.stop();
  server = await startSoakServer(dataDir);
  const probe = new WorkshopProvider({ url: server.url, workshop: workshop.id, key: workshop.keys.observer });
  await probe.whenSynced();
  const losses = findLosses(probe.doc, crowd.clients);
  const restartMatches = stateVector(probe.doc) === finalVector && convergence([probe.doc]).ok;
  const storedBytes = Y.encodeStateAsUpdate(probe.doc).length;
  probe.destroy();
  await server.stop();
  if (!args.keep) fs.rmSync(dataDir, { recursive: true, force: true });

  const ok = printReport({ phases: [baseline, attack], hostile: report, converged, losses, restartMatches, storedBytes, maxHeapSlope });
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error('[soak] failed:', err);
  process.exit(1);
});
