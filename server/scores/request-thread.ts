import { parentPort, Worker } from 'node:worker_threads';

// One protocol for the scoring worker threads (the report thread, the sweep threads): each request carries
// an id, and the thread answers it with the same id and a result or an error message.

type Answer<Result> = { id: number; result: Result } | { id: number; error: string };

/**
 * A worker thread that answers requests. It starts on the first request (or `start()`), does not keep the
 * process alive, and when it dies its pending requests fail and the next request starts a new thread.
 */
export class RequestThread<Request, Result> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(result: Result): void; reject(err: Error): void }>();

  constructor(
    private readonly entry: URL,
    private readonly stoppedMessage: string,
  ) {}

  request(payload: Request): Promise<Result> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, payload });
    });
  }

  start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry);
    worker.unref();
    worker.on('message', (answer: Answer<Result>) => {
      const request = this.pending.get(answer.id);
      if (!request) return;
      this.pending.delete(answer.id);
      if ('result' in answer) request.resolve(answer.result);
      else request.reject(new Error(answer.error));
    });
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new Error(this.stoppedMessage));
    });
    this.worker = worker;
    return worker;
  }

  /** Fails what is pending with `reason` and ends the thread. */
  async stop(reason: Error): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(reason);
    if (worker) await worker.terminate();
  }

  private failAll(err: Error) {
    for (const { reject } of this.pending.values()) reject(err);
    this.pending.clear();
  }
}

/**
 * The thread side: answers every request with `handle`'s result (its buffers moved, not copied, when
 * `transfer` names them) or with the message of what it threw.
 */
export function answerRequests<Request, Result>(
  handle: (payload: Request) => Result | Promise<Result>,
  transfer: (result: Result) => ArrayBuffer[] = () => [],
): void {
  parentPort?.on('message', async ({ id, payload }: { id: number; payload: Request }) => {
    try {
      const result = await handle(payload);
      parentPort!.postMessage({ id, result } satisfies Answer<Result>, transfer(result));
    } catch (err) {
      parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies Answer<Result>);
    }
  });
}
