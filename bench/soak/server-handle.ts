// The parent's side of bench/soak/server-process.ts: fork it on a DATA_DIR, sample its memory, stop it.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MemorySample {
  at: number;
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** CPU time the server process has used since it started (user + system). */
  cpuMs: number;
  /** The server's event-loop delay since the previous sample: mean and max. */
  loopDelayMeanMs: number;
  loopDelayMaxMs: number;
}

export interface SoakServer {
  url: string;
  pid: number;
  /** Memory of the server process after a full GC. */
  sample(): Promise<MemorySample>;
  /** Graceful stop: rooms persist and the store closes, as on SIGTERM. */
  stop(): Promise<void>;
}

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-process.ts');

export async function startSoakServer(dataDir: string): Promise<SoakServer> {
  const child: ChildProcess = fork(ENTRY, [dataDir], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type?: string }) => {
        if (m?.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as T);
      };
      const onExit = (code: number | null) => reject(new Error(`the soak server exited (${code}) before '${type}'`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const { port } = await next<{ port: number }>('listening');
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    sample() {
      const answer = next<MemorySample>('sample');
      child.send('sample');
      return answer;
    },
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send('stop');
      await exited;
    },
  };
}
