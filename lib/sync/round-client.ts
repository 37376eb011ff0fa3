import type { Socket } from 'socket.io-client';
import type { VoteValue } from '../map/types';
import { Emitter } from './emitter';
import { Y_EVENT, type Ack } from './protocol';
import { encodeBallot, encodeRoundClose, encodeRoundOpen, type RoundMessage } from './round-codec';

// The reference client's side of secret rounds (docs/protocol.md P18), held by WorkshopProvider as
// `provider.rounds`. What the round is (elements, open or closed, tallies) is read from the document
// (lib/map/rounds.ts); what only the server knows arrives here: how many people voted on each element, and
// this person's own ballots, which the server sends to nobody else.

export interface RoundClientEvents {
  /** New counts or own ballots for a round. */
  change: (roundId: string) => void;
}

/** How long to wait for the server's answer before giving up on a round message. */
const ANSWER_TIMEOUT_MS = 15_000;

export class RoundClient extends Emitter<RoundClientEvents> {
  private readonly countsBy = new Map<string, Record<string, number>>();
  private readonly mineBy = new Map<string, Record<string, VoteValue>>();

  constructor(private readonly socket: Socket) {
    super();
  }

  /** element id → how many distinct people have a ballot on it, in `roundId` (absent: none yet). */
  counts(roundId: string): Readonly<Record<string, number>> {
    return this.countsBy.get(roundId) ?? {};
  }

  /** This person's own ballots in `roundId`, as the server last confirmed them. */
  mine(roundId: string): Readonly<Record<string, VoteValue>> {
    return this.mineBy.get(roundId) ?? {};
  }

  /** Opens a round on `elements` (none: every actor and tie). The ack carries the new round's id. */
  open(elements: readonly string[] = []): Promise<Ack> {
    return this.ask(encodeRoundOpen(elements));
  }

  close(roundId: string): Promise<Ack> {
    return this.ask(encodeRoundClose(roundId));
  }

  /** Casts (or changes) this person's ballot; `{ ok: true }` once the server has stored it. */
  async cast(roundId: string, elementId: string, value: VoteValue): Promise<Ack> {
    const ack = await this.ask(encodeBallot(roundId, elementId, value));
    if (ack.ok) this.receive({ type: 'round', kind: 'mine', roundId, ballots: { ...this.mine(roundId), [elementId]: value } });
    return ack;
  }

  /** A round message from the server (the provider hands them over). */
  receive(message: RoundMessage): void {
    if (message.kind === 'counts') this.countsBy.set(message.roundId, message.counts);
    else if (message.kind === 'mine') this.mineBy.set(message.roundId, message.ballots);
    else return;
    this.emit('change', message.roundId);
  }

  private ask(frame: Uint8Array): Promise<Ack> {
    if (!this.socket.connected) return Promise.resolve({ ok: false, code: 'internal', error: 'Not connected to the server; try again once connected' });
    return new Promise((resolve) => {
      this.socket.timeout(ANSWER_TIMEOUT_MS).emit(Y_EVENT, frame, (err: Error | null, ack: Ack) =>
        resolve(err ? { ok: false, code: 'internal', error: 'The server did not answer; try again' } : ack),
      );
    });
  }
}
