import { describe, expect, it } from 'vitest';
import type { Ballot } from '../../server/store/round-store';
import type { Store, WorkshopRecord } from '../../server/store/store';

// The secret rounds' part of the Store contract (docs/protocol.md P18), run by storeContract against every
// implementation: a ballot per person, round and element (a changed one replaces the earlier), order,
// deletion by round, and what survives a reopen or a deleted workshop.

export interface RoundsContractContext {
  store(): Store;
  reopen(): Promise<Store>;
  workshop(): WorkshopRecord;
}

const ballot = (over: Partial<Ballot> = {}): Ballot => ({
  roundId: 'r_1',
  elementId: 'a_hust',
  participantId: 'p_li',
  value: 'agree',
  at: 1_700_000_000_000,
  ...over,
});

export function roundsContract(ctx: RoundsContractContext): void {
  describe('secret-round ballots (docs/protocol.md P18)', () => {
    const created = async () => {
      const w = ctx.workshop();
      await ctx.store().createWorkshop(w);
      return w;
    };

    it('keeps one ballot per person, round and element: a changed ballot replaces the earlier one', async () => {
      const w = await created();
      const rounds = ctx.store().rounds;
      await rounds.saveBallot(w.id, ballot());
      await rounds.saveBallot(w.id, ballot({ participantId: 'p_bo', value: 'unsure' }));
      await rounds.saveBallot(w.id, ballot({ value: 'disagree', at: 1_700_000_000_500 }));
      await rounds.saveBallot(w.id, ballot({ elementId: 'a_fiber' }));
      expect(await rounds.listBallots(w.id, 'r_1')).toEqual([
        ballot({ elementId: 'a_fiber' }),
        ballot({ participantId: 'p_bo', value: 'unsure' }),
        ballot({ value: 'disagree', at: 1_700_000_000_500 }),
      ]);
    });

    it('lists by round, and all rounds when none is named; another workshop has its own', async () => {
      const a = await created();
      const b = await created();
      const rounds = ctx.store().rounds;
      await rounds.saveBallot(a.id, ballot({ roundId: 'r_2' }));
      await rounds.saveBallot(a.id, ballot({ roundId: 'r_1' }));
      await rounds.saveBallot(b.id, ballot({ roundId: 'r_1', value: 'unsure' }));
      expect((await rounds.listBallots(a.id)).map((x) => x.roundId)).toEqual(['r_1', 'r_2']);
      expect(await rounds.listBallots(a.id, 'r_2')).toEqual([ballot({ roundId: 'r_2' })]);
      expect(await rounds.listBallots(b.id)).toEqual([ballot({ value: 'unsure' })]);
      expect(await rounds.listBallots('w_nope')).toEqual([]);
    });

    it('deletes a round’s ballots and no other’s; deleting again deletes nothing', async () => {
      const w = await created();
      const rounds = ctx.store().rounds;
      await rounds.saveBallot(w.id, ballot());
      await rounds.saveBallot(w.id, ballot({ participantId: 'p_bo' }));
      await rounds.saveBallot(w.id, ballot({ roundId: 'r_2' }));
      expect(await rounds.deleteBallots(w.id, 'r_1')).toBe(2);
      expect(await rounds.deleteBallots(w.id, 'r_1')).toBe(0);
      expect(await rounds.listBallots(w.id)).toEqual([ballot({ roundId: 'r_2' })]);
    });

    it('refuses a ballot for an unknown workshop or of the wrong shape', async () => {
      const w = await created();
      const rounds = ctx.store().rounds;
      await expect(rounds.saveBallot('w_nope', ballot())).rejects.toThrow(/unknown workshop/);
      await expect(rounds.saveBallot(w.id, ballot({ value: 'maybe' as never }))).rejects.toThrow(/agree/);
      await expect(rounds.saveBallot(w.id, ballot({ participantId: '' }))).rejects.toThrow(/participantId/);
      expect(await rounds.listBallots(w.id)).toEqual([]);
    });

    it('keeps ballots across close and reopen; deleting the workshop takes them', async () => {
      const w = await created();
      await ctx.store().rounds.saveBallot(w.id, ballot());
      const again = await ctx.reopen();
      expect(await again.rounds.listBallots(w.id)).toEqual([ballot()]);
      await again.deleteWorkshop(w.id);
      expect(await again.rounds.listBallots(w.id)).toEqual([]);
      await again.createWorkshop(w);
      expect(await again.rounds.listBallots(w.id)).toEqual([]);
    });

    it('refuses every call after close', async () => {
      const w = await created();
      await ctx.store().close();
      await expect(ctx.store().rounds.saveBallot(w.id, ballot())).rejects.toThrow(/closed/);
      await expect(ctx.store().rounds.listBallots(w.id)).rejects.toThrow(/closed/);
      await expect(ctx.store().rounds.deleteBallots(w.id, 'r_1')).rejects.toThrow(/closed/);
    });
  });
}
