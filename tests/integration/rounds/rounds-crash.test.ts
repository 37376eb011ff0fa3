import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readRounds } from '../../../lib/map/rounds';
import { addActor } from '../../../lib/map/ydoc';
import { WorkshopProvider } from '../../../lib/sync/provider';
import type { Role } from '../../../lib/sync/protocol';
import { tempDataDir, waitFor } from '../helpers/sync-server';

// P18: a ballot is durable before it is acknowledged. The real sync server runs in its own process, is
// killed with SIGKILL mid-round right after the acks, restarted on the same data, and the round closed:
// the tallies count every acknowledged ballot, the changed one once.

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../helpers/sync-server-process.ts');
const children: ChildProcess[] = [];
const providers: WorkshopProvider[] = [];
afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function startChild(dataDir: string, create: boolean): Promise<{ port: number; workshop?: { id: string; keys: Record<Role, string> }; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir, ...(create ? ['--create'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server process exited with ${code} before it listened`)));
  });
  return { process: child, ...JSON.parse(line) };
}

const kill9 = (child: ChildProcess) => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGKILL')));

function client(port: number, workshop: string, key: string, secret?: string): WorkshopProvider {
  const p = new WorkshopProvider({ url: `http://127.0.0.1:${port}`, workshop, key, secret, retryDelayMs: 50 });
  providers.push(p);
  return p;
}

describe('secret rounds: crash safety (P18)', () => {
  it('P18: kill -9 mid-round loses no acknowledged ballot; closing after the restart tallies them all', async () => {
    const dataDir = tempDataDir();
    const first = await startChild(dataDir, true);
    const ws = first.workshop!;
    const fac = client(first.port, ws.id, ws.keys.facilitator, 'F'.repeat(43));
    await fac.whenSynced();
    for (const id of ['a_hust', 'a_yofc']) addActor(fac.doc, { id, label: id, type: 'firm', scope: 'local', stages: [] });
    await fac.flushed();
    const ack = await fac.rounds.open([]);
    expect(ack).toMatchObject({ ok: true });
    const round = (ack as { round: string }).round;

    const voters = await Promise.all(
      ['A', 'B', 'C'].map(async (letter) => {
        const p = client(first.port, ws.id, ws.keys.participant, letter.repeat(43));
        await p.whenSynced();
        return p;
      }),
    );
    expect(await voters[0].rounds.cast(round, 'a_hust', 'agree')).toEqual({ ok: true });
    expect(await voters[1].rounds.cast(round, 'a_hust', 'agree')).toEqual({ ok: true });
    expect(await voters[2].rounds.cast(round, 'a_hust', 'unsure')).toEqual({ ok: true });
    expect(await voters[2].rounds.cast(round, 'a_hust', 'disagree')).toEqual({ ok: true });
    expect(await voters[0].rounds.cast(round, 'a_yofc', 'disagree')).toEqual({ ok: true });
    await kill9(first.process);
    for (const p of providers.splice(0)) p.destroy();

    const second = await startChild(dataDir, false);
    const again = client(second.port, ws.id, ws.keys.facilitator, 'F'.repeat(43));
    await again.whenSynced();
    await waitFor(() => again.rounds.counts(round).a_hust === 3, 'the counts after the restart', 15_000);
    expect(again.rounds.counts(round)).toEqual({ a_hust: 3, a_yofc: 1 });
    expect(await again.rounds.close(round)).toEqual({ ok: true });
    await waitFor(() => readRounds(again.doc)[0]?.closedAt !== undefined, 'the close', 15_000);
    expect(readRounds(again.doc)[0].tallies).toEqual({
      a_hust: { agree: 2, disagree: 1, unsure: 0 },
      a_yofc: { agree: 0, disagree: 1, unsure: 0 },
    });
  }, 90_000);
});
