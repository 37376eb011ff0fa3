import { describe, expect, it } from 'vitest';
import { emptyDiscussion } from '../../../lib/map/discussion';
import { agreementSection } from '../../../lib/export/report/collaboration';
import { agreementInput } from '../../../lib/export/report/from-workshop';
import { templateMap } from '../../../lib/map/templates';

// The report's agreement says which tallies a closed secret round counted (docs/protocol.md P18): counts
// only, and the reader is told that nobody's vote is known.

const map = templateMap('optics-valley');
map.meta = { ...map.meta, quorum: 3 };
const discussion = {
  ...emptyDiscussion(),
  votes: { a_yofc: { p1: 'agree' as const, p2: 'agree' as const, p3: 'agree' as const } },
  tallies: { a_hust: { agree: 4, disagree: 1, unsure: 0 } },
};

describe('a secret round in the report', () => {
  it('marks the tally the round counted, and only that one, in English and Chinese', () => {
    for (const [locale, mark, note] of [
      ['en', '4 / 1 / 0 (secret round)', '1 element was voted on in a secret round'],
      ['zh-CN', '4 / 1 / 0（无记名）', '1 个要素经无记名投票表决'],
    ] as const) {
      const section = agreementSection(agreementInput(map, discussion, locale), locale);
      const hust = section.elements.find((e) => e.id === 'a_hust')!;
      const yofc = section.elements.find((e) => e.id === 'a_yofc')!;
      expect(hust.status).toBe('agreed');
      expect(hust.tallyText).toBe(mark);
      expect(yofc.tallyText).toBe('3 / 0 / 0');
      expect(section.summary).toContain(note);
    }
  });

  it('says nothing of secret rounds when there was none', () => {
    const section = agreementSection(agreementInput(map, { ...discussion, tallies: {} }));
    expect(section.summary).not.toMatch(/secret/);
    expect(section.elements.every((e) => !e.tallyText.includes('secret'))).toBe(true);
  });
});
