import type Database from 'better-sqlite3';
import type { VoteValue } from '../../lib/map/types';
import { checkBallot, type Ballot, type RoundStore } from './round-store';

interface BallotRow {
  round_id: string;
  element_id: string;
  participant_id: string;
  value: VoteValue;
  at: number;
}

const toBallot = (r: BallotRow): Ballot => ({ roundId: r.round_id, elementId: r.element_id, participantId: r.participant_id, value: r.value, at: r.at });

/**
 * The `ballots` table (migration 5 in sqlite-migrations.ts), on the SqliteStore's connection, whose
 * synchronous=FULL commit makes a saved ballot survive a crash before the promise settles.
 */
export class SqliteRounds implements RoundStore {
  private readonly stmts;

  constructor(
    private readonly db: Database.Database,
    private readonly requireOpen: () => void,
  ) {
    this.stmts = {
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM workshops WHERE id = ?'),
      upsert: db.prepare<[string, string, string, string, string, number]>(
        `INSERT INTO ballots (workshop_id, round_id, element_id, participant_id, value, at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (workshop_id, round_id, element_id, participant_id) DO UPDATE SET value = excluded.value, at = excluded.at`,
      ),
      all: db.prepare<[string], BallotRow>('SELECT * FROM ballots WHERE workshop_id = ? ORDER BY round_id, element_id, participant_id'),
      ofRound: db.prepare<[string, string], BallotRow>(
        'SELECT * FROM ballots WHERE workshop_id = ? AND round_id = ? ORDER BY element_id, participant_id',
      ),
      remove: db.prepare<[string, string]>('DELETE FROM ballots WHERE workshop_id = ? AND round_id = ?'),
    };
  }

  async saveBallot(workshopId: string, ballot: Ballot): Promise<void> {
    this.requireOpen();
    checkBallot(ballot);
    this.db.transaction(() => {
      if (!this.stmts.exists.get(workshopId)) throw new Error(`unknown workshop "${workshopId}"`);
      this.stmts.upsert.run(workshopId, ballot.roundId, ballot.elementId, ballot.participantId, ballot.value, ballot.at);
    }).immediate();
  }

  async listBallots(workshopId: string, roundId?: string): Promise<Ballot[]> {
    this.requireOpen();
    const rows = roundId === undefined ? this.stmts.all.all(workshopId) : this.stmts.ofRound.all(workshopId, roundId);
    return rows.map(toBallot);
  }

  async deleteBallots(workshopId: string, roundId: string): Promise<number> {
    this.requireOpen();
    return this.stmts.remove.run(workshopId, roundId).changes;
  }
}
