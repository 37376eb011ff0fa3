// The honest side of the soak (bench/soak/run.ts): N reference clients (lib/sync/provider.ts), each owning
// one actor, writing what a workshop writes — moves of its actor, comments on it, votes on a neighbour's —
// and keeping a ledger of every write, so the end of the run can check that nothing acknowledged was lost.
import { castVote, postComment } from '../../lib/map/discussion';
import { randomToken } from '../../lib/map/ids';
import { VOTE_VALUES } from '../../lib/map/types';
import { addActor, moveActors } from '../../lib/map/ydoc';
import { Y_EVENT, type Ack } from '../../lib/sync/protocol';
import { WorkshopProvider } from '../../lib/sync/provider';
import { Samples } from './stats';

export interface Ledger {
  actor: string;
  position: { x: number; y: number } | null;
  comments: Map<string, string>;
  /** Element id → the last vote written on it. */
  votes: Map<string, string>;
}

export interface HonestClient {
  index: number;
  provider: WorkshopProvider;
  me: string;
  ledger: Ledger;
  writes: number;
}

/** What the crowd measured in one phase of the run. */
export class PhaseStats {
  readonly ackMs = new Samples();
  readonly reconnectMs = new Samples();
  writes = 0;
  acked = 0;
  /** Refusals by code; an honest write refused for good is a failure of the run. */
  readonly refusals = new Map<string, number>();
  storms = 0;
  /** Largest number of writes made but not yet acknowledged, over all clients, sampled each second. */
  maxBacklog = 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

export class HonestCrowd {
  readonly clients: HonestClient[] = [];
  stats = new PhaseStats();
  private seq = 0;

  constructor(
    private readonly url: string,
    private readonly workshop: { id: string; key: string },
  ) {}

  /** Connects `count` clients, each adding its own actor (made by itself: createdBy is its server-given id). */
  async start(count: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      const provider = new WorkshopProvider({
        url: this.url,
        workshop: this.workshop.id,
        key: this.workshop.key,
        secret: randomToken(43),
        participant: { name: `Honest ${index}` },
        retryDelayMs: 200,
        socketOptions: { reconnectionDelay: 100, reconnectionDelayMax: 1000 },
      });
      this.measureAcks(provider);
      provider.on('error', (e) => this.stats.refusals.set(e.code, (this.stats.refusals.get(e.code) ?? 0) + 1));
      const client: HonestClient = { index, provider, me: '', writes: 0, ledger: { actor: `a_soak_${index}`, position: null, comments: new Map(), votes: new Map() } };
      this.clients.push(client);
    }
    await Promise.all(this.clients.map((c) => c.provider.whenSynced()));
    await waitUntil(() => this.clients.every((c) => c.provider.identity), 'every welcome', 30_000);
    for (const c of this.clients) {
      c.me = c.provider.identity!.id;
      addActor(c.provider.doc, { id: c.ledger.actor, label: `Firm ${c.index}`, type: 'firm', scope: 'local', stages: [], createdBy: c.me });
    }
    await Promise.all(this.clients.map((c) => c.provider.flushed()));
  }

  /** Times every acknowledged "y" message of the provider (sync updates and step 2s alike). */
  private measureAcks(provider: WorkshopProvider) {
    const socket = provider.socket;
    const emit = socket.emit.bind(socket) as (event: string, ...args: unknown[]) => unknown;
    (socket as unknown as { emit: typeof emit }).emit = (event: string, ...args: unknown[]) => {
      const last = args[args.length - 1];
      if (event === Y_EVENT && typeof last === 'function') {
        const started = performance.now();
        args[args.length - 1] = (ack: Ack) => {
          if (ack?.ok) {
            this.stats.acked++;
            this.stats.ackMs.add(performance.now() - started);
          }
          (last as (ack: Ack) => void)(ack);
        };
      }
      return emit(event, ...args);
    };
  }

  /** One write by the next client in turn (offline ones write too: their edits merge on reconnect). */
  write(): void {
    const c = this.clients[this.seq % this.clients.length];
    const n = this.seq++;
    const doc = c.provider.doc;
    const kind = n % 10;
    if (kind === 0) {
      const id = `c_soak_${c.index}_${n}`;
      const text = `note ${n} from ${c.index}`;
      postComment(doc, c.ledger.actor, c.me, text, { id, at: Date.now() });
      c.ledger.comments.set(id, text);
    } else if (kind === 5) {
      const neighbour = this.clients[(c.index + 1) % this.clients.length].ledger.actor;
      const vote = VOTE_VALUES[n % VOTE_VALUES.length];
      castVote(doc, neighbour, c.me, vote);
      c.ledger.votes.set(neighbour, vote);
    } else {
      const position = { x: n, y: (n * 7919) % 1000 };
      moveActors(doc, { [c.ledger.actor]: position });
      c.ledger.position = position;
    }
    c.writes++;
    this.stats.writes++;
  }

  /**
   * A reconnect storm: `fraction` of the clients lose their connection at once — half by a dropped
   * transport (Socket.IO reconnects by itself), half going offline on purpose and writing on — and all of
   * them come back together after `offlineMs`. Resolves once every one of them is synced again.
   */
  async storm(fraction: number, offlineMs: number): Promise<void> {
    const hit = this.clients.filter((_, i) => (i + this.stats.storms) % Math.round(1 / fraction) === 0);
    this.stats.storms++;
    const stats = this.stats;
    const back = async (c: HonestClient, from: number) => {
      await sleep(50);
      await c.provider.whenSynced();
      stats.reconnectMs.add(performance.now() - from);
    };
    const dropped = performance.now();
    const waits = hit.map((c, i) => {
      if (i % 2 === 0) {
        // A dropped transport: time to synced again is counted from the drop.
        c.provider.socket.io.engine?.close();
        return back(c, dropped);
      }
      c.provider.disconnect();
      return sleep(offlineMs).then(() => {
        c.provider.connect();
        return back(c, performance.now());
      });
    });
    await Promise.all(waits);
  }

  /** Every client connected and synced, every write acknowledged, every replica alike. */
  async settle(timeoutMs = 60_000): Promise<void> {
    for (const c of this.clients) if (!c.provider.socket.connected) c.provider.connect();
    try {
      await waitUntil(() => this.clients.every((c) => c.provider.synced), 'every client synced', timeoutMs);
    } catch (err) {
      // Say who is stuck, and how, so a failed run can be understood from its output alone.
      const stuck = this.clients
        .filter((c) => !c.provider.synced)
        .map((c) => `Honest ${c.index}: status ${c.provider.status}, socket ${c.provider.socket.connected ? 'connected' : 'not connected'}, ${c.provider.pendingCount} pending, last error ${JSON.stringify(c.provider.lastError)}`);
      throw new Error(`${(err as Error).message}; not synced: ${stuck.join('; ')}`);
    }
    await Promise.race([Promise.all(this.clients.map((c) => c.provider.flushed())), sleep(timeoutMs).then(() => Promise.reject(new Error('unacknowledged writes after the settle timeout')))]);
  }

  /** Writes made and not yet acknowledged, over all clients. */
  get backlog(): number {
    return this.clients.reduce((sum, c) => sum + c.provider.pendingCount, 0);
  }

  destroy(): void {
    for (const c of this.clients) c.provider.destroy();
  }
}
