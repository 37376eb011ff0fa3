import type { Writer } from '../../lib/access/check-changes';
import { refusalFor } from '../../lib/access/permissions';
import { newId } from '../../lib/map/ids';
import { MAP_LIMITS } from '../../lib/map/limits';
import { countBallots, openRound, readRounds, writeRound, type RoundRecord } from '../../lib/map/rounds';
import type { VoteValue } from '../../lib/map/types';
import { actorsOf, editingModeOf, tiesOf } from '../../lib/map/ydoc';
import { encodeRoundCounts, encodeRoundMine } from '../../lib/sync/round-codec';
import type { Store } from '../store/store';
import type { Room } from './room';
import { SyncError } from './sync-error';
import { WriteQueue } from './write-queue';

// One room's secret rounds (docs/protocol.md P18). The round's record (its elements, open or closed, the
// tallies) is in the document, written by the server; the ballots of the open round are in the store and,
// mirrored, here. Every round operation runs in this room's own queue, so no ballot slips in between
// reading the ballots and writing the tallies, and each ballot is durable before it is acknowledged.

/** Where the server's round messages go: everyone in the room, or some sockets only (a person's own ballots). */
export interface RoundOutlet {
  toAll(frame: Uint8Array): void;
  toSockets(socketIds: readonly string[], frame: Uint8Array): void;
}

/** The open round with the number of people who voted on each element, for the HTTP API. */
export interface OpenRoundState extends RoundRecord {
  counts: Record<string, number>;
}

export class RoomRounds {
  private readonly queue = new WriteQueue();
  /** The open round's ballots: participant id → element id → value. */
  private ballots = new Map<string, Map<string, VoteValue>>();
  private ballotsOf: string | null = null;

  private constructor(
    private readonly room: Room,
    private readonly store: Store,
    private readonly outlet: RoundOutlet,
  ) {}

  /**
   * Loads the open round's ballots. Ballots of any other round are what a close that crashed between writing
   * the tallies and deleting the ballots left (or a round a reset removed): they are deleted now.
   */
  static async load(room: Room, store: Store, outlet: RoundOutlet): Promise<RoomRounds> {
    const rounds = new RoomRounds(room, store, outlet);
    const open = openRound(readRounds(room.doc));
    const stored = await store.rounds.listBallots(room.workshopId);
    const stale = new Set<string>();
    for (const b of stored) {
      if (b.roundId !== open?.id) stale.add(b.roundId);
      else rounds.remember(b.participantId, b.elementId, b.value);
    }
    rounds.ballotsOf = open?.id ?? null;
    for (const id of stale) await store.rounds.deleteBallots(room.workshopId, id);
    return rounds;
  }

  /** The open round as the document says now, its mirrored ballots reset if it is another one. */
  private current(): RoundRecord | null {
    const open = openRound(readRounds(this.room.doc));
    if ((open?.id ?? null) !== this.ballotsOf) {
      this.ballots = new Map();
      this.ballotsOf = open?.id ?? null;
    }
    return open;
  }

  private remember(participant: string, element: string, value: VoteValue) {
    let mine = this.ballots.get(participant);
    if (!mine) this.ballots.set(participant, (mine = new Map()));
    mine.set(element, value);
  }

  /** How many distinct people have a ballot on each element of the open round. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const mine of this.ballots.values()) for (const element of mine.keys()) out[element] = (out[element] ?? 0) + 1;
    return out;
  }

  state(): OpenRoundState | null {
    const open = this.current();
    return open ? { ...open, counts: this.counts() } : null;
  }

  /** What a socket that just joined needs: the counts, and that person's own ballots only to them. */
  greet(socketId: string, participant: string): void {
    const open = this.current();
    if (!open) return;
    this.outlet.toSockets([socketId], encodeRoundCounts(open.id, this.counts()));
    this.outlet.toSockets([socketId], encodeRoundMine(open.id, Object.fromEntries(this.ballots.get(participant) ?? [])));
  }

  /** Opens a round on `elements` (none: every actor and tie), fixed from now on. Resolves with its id. */
  open(writer: Writer, elements: readonly string[]): Promise<string> {
    return this.queue.run(async () => {
      this.refuseUnless(writer, 'runRound');
      const doc = this.room.doc;
      const running = this.current();
      if (running) throw new SyncError('round_open', `A secret round (${running.id}) is already open; close it before opening another`);
      const actors = actorsOf(doc);
      const ties = tiesOf(doc);
      const chosen = elements.length > 0 ? [...new Set(elements)] : [...actors.keys(), ...ties.keys()];
      const missing = chosen.find((id) => !actors.has(id) && !ties.has(id));
      if (missing !== undefined) throw new SyncError('bad_round', `“${missing.slice(0, 80)}” is not an actor or tie of the map; no round was opened`);
      if (chosen.length === 0) throw new SyncError('bad_round', 'The map has no actors or ties to vote on; no round was opened');
      if (chosen.length > MAP_LIMITS.roundElements) {
        throw new SyncError('bad_round', `A secret round holds at most ${MAP_LIMITS.roundElements} actors and ties, not ${chosen.length}; choose fewer`);
      }
      const record: RoundRecord = { id: newId('r'), elements: chosen, openedAt: Date.now(), openedBy: writer.participant };
      await this.room.transact((d) => writeRound(d, record), { label: 'round', by: writer.participant });
      this.current();
      this.outlet.toAll(encodeRoundCounts(record.id, {}));
      return record.id;
    });
  }

  /**
   * One person's ballot, stored durably before it resolves; a changed ballot replaces their earlier one.
   * Everyone hears the new counts when the number of people on the element changed; the voter's own sockets
   * hear their ballots.
   */
  cast(writer: Writer, roundId: string, elementId: string, value: VoteValue): Promise<void> {
    return this.queue.run(async () => {
      this.refuseUnless(writer, 'discuss');
      const open = this.current();
      if (!open || open.id !== roundId) throw new SyncError('no_round', 'This secret round is not open (it closed, or never opened); the ballot was not counted');
      if (!open.elements.includes(elementId)) throw new SyncError('bad_round', 'That element is not part of this secret round; the ballot was not counted');
      const previous = this.ballots.get(writer.participant)?.get(elementId);
      if (previous !== value) {
        try {
          await this.store.rounds.saveBallot(this.room.workshopId, { roundId, elementId, participantId: writer.participant, value, at: Date.now() });
        } catch (err) {
          console.error(`[rounds] could not store a ballot of workshop ${this.room.workshopId}`, err);
          throw new SyncError('internal', 'the server could not store this ballot; cast it again');
        }
        this.remember(writer.participant, elementId, value);
        if (previous === undefined) this.outlet.toAll(encodeRoundCounts(roundId, this.counts()));
      }
      const sockets = [...this.room.connections.values()].filter((c) => c.identity.id === writer.participant).map((c) => c.id);
      this.outlet.toSockets(sockets, encodeRoundMine(roundId, Object.fromEntries(this.ballots.get(writer.participant) ?? [])));
    });
  }

  /**
   * Closes the round: the tallies (counts per element, never names) into the document, then the ballots out
   * of the store. Closing a round that is already closed changes nothing and succeeds.
   */
  close(writer: Writer | null, roundId: string): Promise<'closed' | 'unchanged'> {
    return this.queue.run(async () => {
      if (writer) this.refuseUnless(writer, 'runRound');
      const open = this.current();
      if (!open || open.id !== roundId) {
        if (readRounds(this.room.doc).some((r) => r.id === roundId)) return 'unchanged';
        throw new SyncError('no_round', `There is no secret round “${roundId.slice(0, 80)}” in this workshop`);
      }
      const ballots = [...this.ballots.values()].flatMap((mine) => [...mine].map(([elementId, value]) => ({ elementId, value })));
      const closed: RoundRecord = { ...open, closedAt: Date.now(), tallies: countBallots(open.elements, ballots) };
      await this.room.transact((d) => writeRound(d, closed), { label: 'round', by: writer?.participant });
      this.current();
      // The tallies are durable: the ballots may go. Should this fail, the next load deletes them (load()).
      await this.store.rounds.deleteBallots(this.room.workshopId, roundId).catch((err) => console.error(`[rounds] ballots of ${roundId} stay until the next load`, err));
      return 'closed';
    });
  }

  private refuseUnless(writer: Writer, permission: 'discuss' | 'runRound') {
    const refusal = refusalFor(writer, editingModeOf(this.room.doc), permission);
    if (!refusal) return;
    const message = refusal.message.replace('this change was not saved', permission === 'discuss' ? 'the ballot was not counted' : 'nothing changed');
    throw new SyncError('forbidden', message, refusal.reason);
  }
}

/** Each live room's rounds, loaded once per room (a room loaded again after an unload loads them again). */
export class RoundRegistry {
  private readonly loaded = new WeakMap<Room, Promise<RoomRounds>>();

  constructor(
    private readonly store: Store,
    private readonly outletFor: (workshopId: string) => RoundOutlet,
  ) {}

  of(room: Room): Promise<RoomRounds> {
    let rounds = this.loaded.get(room);
    if (!rounds) {
      rounds = RoomRounds.load(room, this.store, this.outletFor(room.workshopId));
      this.loaded.set(room, rounds);
      rounds.catch(() => this.loaded.delete(room));
    }
    return rounds;
  }
}
