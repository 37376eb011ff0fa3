import { ballotOrder, checkBallot, type Ballot, type RoundStore } from './round-store';

type Ballots = Map<string, Map<string, Ballot>>;

// Kept per MemoryStoreData, so a MemoryStore reopened over the same data sees the same ballots.
const byData = new WeakMap<object, Ballots>();

const keyOf = (b: Pick<Ballot, 'roundId' | 'elementId' | 'participantId'>) => JSON.stringify([b.roundId, b.elementId, b.participantId]);

/** The MemoryStore's ballots: gone with their workshop, like the SQLite table's ON DELETE CASCADE. */
export class MemoryRounds implements RoundStore {
  private readonly ballots: Ballots;

  constructor(
    data: object,
    private readonly hasWorkshop: (id: string) => boolean,
  ) {
    this.ballots = byData.get(data) ?? new Map();
    byData.set(data, this.ballots);
  }

  async saveBallot(workshopId: string, ballot: Ballot): Promise<void> {
    checkBallot(ballot);
    if (!this.hasWorkshop(workshopId)) throw new Error(`unknown workshop "${workshopId}"`);
    let ballots = this.ballots.get(workshopId);
    if (!ballots) this.ballots.set(workshopId, (ballots = new Map()));
    const { roundId, elementId, participantId, value, at } = ballot;
    ballots.set(keyOf(ballot), { roundId, elementId, participantId, value, at });
  }

  async listBallots(workshopId: string, roundId?: string): Promise<Ballot[]> {
    if (!this.hasWorkshop(workshopId)) return [];
    const all = [...(this.ballots.get(workshopId)?.values() ?? [])];
    return all.filter((b) => roundId === undefined || b.roundId === roundId).map((b) => ({ ...b })).sort(ballotOrder);
  }

  async deleteBallots(workshopId: string, roundId: string): Promise<number> {
    if (!this.hasWorkshop(workshopId)) return 0;
    const ballots = this.ballots.get(workshopId);
    if (!ballots) return 0;
    let n = 0;
    for (const [key, b] of ballots) if (b.roundId === roundId && ballots.delete(key)) n++;
    return n;
  }

  /** Called by MemoryStore.deleteWorkshop. */
  forget(workshopId: string): void {
    this.ballots.delete(workshopId);
  }
}
