import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../lib/map/types';
import { WorkshopProvider } from '../../../lib/sync/provider';
import type { Role } from '../../../lib/sync/protocol';
import { addActor, addTie, deleteActor, moveActors, readMap, updateActor } from '../../../lib/map/ydoc';
import { tempDataDir } from '../helpers/sync-server';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../helpers/sync-server-process.ts');

interface Child {
  process: ChildProcess;
  port: number;
  workshop?: { id: string; keys: Record<Role, string> };
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function startChild(dataDir: string, create: boolean): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir, ...(create ? ['--create'] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, COMPACTION_THRESHOLD: '7' },
  });
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server process exited with ${code} before it listened`)));
  });
  return { process: child, ...JSON.parse(line) };
}

const kill9 = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

const actor = (id: string): Actor => ({ id, label: id, type: 'firm', scope: 'local', stages: [] });

describe('sync: crash safety', () => {
  it('P5, P11: kill -9 right after the acks loses none of the acknowledged updates', async () => {
    const dataDir = tempDataDir();
    const first = await startChild(dataDir, true);
    const ws = first.workshop!;
    const url = (port: number) => `http://127.0.0.1:${port}`;
    const writer = new WorkshopProvider({ url: url(first.port), workshop: ws.id, key: ws.keys.participant, retryDelayMs: 50 });
    await writer.whenSynced();

    // Many small updates, past the compaction threshold, so the state lives in a snapshot plus a log.
    for (let i = 0; i < 30; i++) addActor(writer.doc, actor(`a_${String(i).padStart(2, '0')}`));
    for (let i = 1; i < 30; i += 3) addTie(writer.doc, { id: `t_${i}`, source: 'a_00', target: `a_${String(i).padStart(2, '0')}`, kind: 'knowledge', directed: true, strength: 3, tacit: true });
    updateActor(writer.doc, 'a_05', { label: 'renamed just before the crash' });
    moveActors(writer.doc, { a_01: { x: 10, y: 20 }, a_02: { x: -5, y: 7.5 } });
    deleteActor(writer.doc, 'a_04');
    await writer.flushed();
    expect(writer.status).toBe('saved');
    await kill9(first.process);
    const acknowledged = readMap(writer.doc).map;
    writer.destroy();

    const second = await startChild(dataDir, false);
    const reader = new WorkshopProvider({ url: url(second.port), workshop: ws.id, key: ws.keys.observer });
    try {
      await reader.whenSynced();
      expect(readMap(reader.doc).map).toEqual(acknowledged);
      expect(acknowledged.actors.find((a) => a.id === 'a_05')?.label).toBe('renamed just before the crash');
      expect(acknowledged.actors.some((a) => a.id === 'a_04')).toBe(false);
      expect(acknowledged.ties.length).toBe(9);
    } finally {
      reader.destroy();
    }
  });
});
