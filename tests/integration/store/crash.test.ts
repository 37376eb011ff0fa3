import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { SqliteStore } from '../../../server/store/sqlite-store';
import { workshopRecord } from '../../contract/store.contract';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

/** Runs the appender until it has printed `acks` seqs, then kills it with SIGKILL; returns the printed seqs. */
function appendThenKill(dataDir: string, workshopId: string, acks: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'fixtures/append-forever.ts'), dataDir, workshopId],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const printed: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) printed.push(Number(line));
      if (printed.length >= acks && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`appender exited early (code ${code}): ${stderr}`));
      else resolve(printed);
    });
  });
}

it('every seq printed after appendUpdate resolved is there after kill -9', { timeout: 60_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-crash-'));
  try {
    const record = workshopRecord();
    const setup = new SqliteStore(dir);
    await setup.createWorkshop(record);
    await setup.close();

    let expected = 0;
    for (const acks of [150, 40]) {
      const printed = await appendThenKill(dir, record.id, acks);
      expect(printed.length).toBeGreaterThanOrEqual(acks);
      // Seqs continue from the survivors of the previous crash, one by one.
      expect(printed).toEqual(printed.map((_, i) => printed[0] + i));

      const store = new SqliteStore(dir);
      const loaded = await store.loadDocument(record.id);
      await store.close();
      expect(loaded.lastSeq).toBeGreaterThanOrEqual(printed.at(-1)!);
      expect(printed[0]).toBe(expected + 1);
      // The log holds every acked entry with the content the child wrote for it.
      for (const seq of printed) {
        const entry = loaded.updates[seq - 1];
        expect(entry, `seq ${seq}`).toBeDefined();
        expect(entry.byteLength).toBe(64);
        const index = seq - printed[0];
        expect(new DataView(entry.buffer, entry.byteOffset).getUint32(0)).toBe(index);
        expect(entry[63]).toBe(index % 256);
      }
      expected = loaded.lastSeq;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
