// The rooms' in-process helpers. Room and RoomManager, which need a database file, are tested in
// tests/integration/rooms/room.test.ts.
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../server/rooms/token-bucket';
import { WriteQueue } from '../../../server/rooms/write-queue';

describe('sync server helpers', () => {
  it('TokenBucket allows a burst, then the sustained rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });

  it('WriteQueue runs tasks one at a time in order and survives a failing task', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    const slow = queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push('slow');
    });
    const failing = queue.run(() => {
      log.push('fail');
      throw new Error('boom');
    });
    const fast = queue.run(() => log.push('fast'));
    await expect(failing).rejects.toThrow('boom');
    await Promise.all([slow, fast]);
    await queue.idle();
    expect(log).toEqual(['slow', 'fail', 'fast']);
  });
});
