import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { exportMap } from '../../../lib/export/formats';
import { agreementInput, discussionInput } from '../../../lib/export/report/from-workshop';
import { emptyDiscussion, type Discussion } from '../../../lib/map/discussion';
import { parseMapDocument } from '../../../lib/map/interchange';
import type { VoteValue } from '../../../lib/map/types';
import { sampleMap } from '../map/fixtures';

// The discussion in a file (docs/map-format.md "The discussion in a file"): statuses, decisions and
// tallies as columns of every tabular and graph format, and the JSON file's `discussion` block.

const votes = (...values: VoteValue[]) => Object.fromEntries(values.map((v, i) => [`p_${i}`, v]));

function discussion(): Discussion {
  return {
    ...emptyDiscussion(),
    votes: { firm1: votes('agree', 'agree', 'agree'), t1: votes('agree', 'disagree', 'disagree'), gone: votes('agree') },
    decisions: { buyer: { value: 'parked', by: 'p_f', at: 5, reason: 'ask the buyer, "next" week' } },
    comments: [
      { id: 'c1', element: 'uni', author: 'p_0', text: 'They license the patents', at: 10 },
      { id: 'c2', element: 'deleted-actor', author: 'p_1', text: 'on an element that is gone', at: 11 },
    ],
    people: { p_0: { name: 'Li Wei', color: '#123456', role: 'participant' }, p_f: { name: 'Ana', color: '#654321', role: 'facilitator' } },
  };
}

const csvRows = (csv: string) => csv.trim().split(/\r?\n/).map((line) => line.split(','));

describe('exports with the discussion', () => {
  it('the actor CSV has status, decision, reason and vote counts for each actor', () => {
    const map = sampleMap();
    const [head, ...rows] = csvRows(exportMap(map, 'csv-actors', computeReport(map), discussion()));
    const col = (name: string) => head.indexOf(name);
    for (const name of ['status', 'decision', 'votes_agree', 'votes_disagree', 'votes_unsure']) expect(col(name)).toBeGreaterThan(-1);
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    expect(row('firm1')[col('status')]).toBe('agreed');
    expect(row('firm1')[col('votes_agree')]).toBe('3');
    expect(row('uni')[col('status')]).toBe('too_few');
    expect(row('buyer')[col('status')]).toBe('parked');
    expect(row('buyer')[col('decision')]).toBe('parked');
  });

  it('the tie CSV says a tie most people disagreed with is contested', () => {
    const map = sampleMap();
    const [head, ...rows] = csvRows(exportMap(map, 'csv-ties', computeReport(map), discussion()));
    const t1 = rows.find((r) => r[0] === 't1')!;
    expect(t1[head.indexOf('status')]).toBe('contested');
    expect(t1[head.indexOf('votes_disagree')]).toBe('2');
  });

  it('without a discussion the columns are there and empty, so files from both have one layout', () => {
    const map = sampleMap();
    const [head, ...rows] = csvRows(exportMap(map, 'csv-actors', computeReport(map)));
    expect(head).toContain('status');
    expect(rows.every((r) => r[head.indexOf('status')] === '')).toBe(true);
  });

  it('GraphML and GEXF declare the status attribute and give it per node', () => {
    const map = sampleMap();
    const graphml = exportMap(map, 'graphml', computeReport(map), discussion());
    expect(graphml).toMatch(/<key id="[^"]+" for="node" attr\.name="status" attr\.type="string"/);
    expect(graphml).toMatch(/<node id="buyer">[\s\S]*?>parked<\/data>/);
    const gexf = exportMap(map, 'gexf', computeReport(map), discussion());
    expect(gexf).toMatch(/title="status"/);
    expect(gexf).toContain('value="contested"');
  });

  it('the JSON file keeps the discussion of the elements it holds and still imports', () => {
    const map = sampleMap();
    const json = JSON.parse(exportMap(map, 'json', undefined, discussion()));
    expect(json.discussion.statuses).toMatchObject({ firm1: 'agreed', t1: 'contested', buyer: 'parked', uni: 'too_few' });
    expect(json.discussion.rules).toEqual({ quorum: 3, threshold: 2 / 3 });
    expect(Object.keys(json.discussion.votes).sort()).toEqual(['firm1', 't1']);
    expect(json.discussion.comments.map((c: { id: string }) => c.id)).toEqual(['c1']);
    expect(json.discussion.decisions.buyer.reason).toBe('ask the buyer, "next" week');
    const parsed = parseMapDocument(json);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.map.actors.map((a) => a.id).sort()).toEqual(map.actors.map((a) => a.id).sort());
  });
});

describe("the report's workshop sections", () => {
  it('agreementInput labels each element and carries the decision and its reason', () => {
    const input = agreementInput(sampleMap(), discussion());
    expect(input.rules).toEqual({ quorum: 3, threshold: 2 / 3 });
    const buyer = input.elements.find((e) => e.id === 'buyer')!;
    expect(buyer).toMatchObject({ label: 'Global buyer', status: 'parked', decision: 'parked', reason: 'ask the buyer, "next" week' });
    expect(input.elements.find((e) => e.id === 'firm1')!.tally).toEqual({ agree: 3, disagree: 0, unsure: 0, total: 3 });
  });

  it('discussionInput names authors, leaves out comments on removed elements, and says Someone for the unknown', () => {
    const d = discussion();
    d.comments.push({ id: 'c3', element: 't1', author: 'p_unknown', text: 'weak tie', at: 12 });
    const { comments } = discussionInput(sampleMap(), d);
    expect(comments.map((c) => [c.elementLabel, c.author, c.text])).toEqual([
      ['华中科技大学', 'Li Wei', 'They license the patents'],
      [expect.stringContaining('华中科技大学'), 'Someone', 'weak tie'],
    ]);
    expect(comments[0].at).toBe('1970-01-01T00:00:00.010Z');
  });
});
