import { describe, expect, it } from 'vitest';
import { initials } from '../../../lib/map/initials';

describe('initials', () => {
  it('"Dr. Li (facilitator)" is DL: letters only, the note in brackets left out', () => {
    expect(initials('Dr. Li (facilitator)')).toBe('DL');
  });

  it('first and last name; titles skipped when the name has two words of its own', () => {
    expect(initials('Zhang Wei')).toBe('ZW');
    expect(initials('anna maria weber')).toBe('AW');
    expect(initials('Prof. Dr. Anna Weber')).toBe('AW');
    expect(initials('Mr Tan Ah Kow')).toBe('TK');
    expect(initials('Dr. Smith')).toBe('DS');
  });

  it('one word gives its first two letters; digits count, so guests stay apart', () => {
    expect(initials('Fang')).toBe('FA');
    expect(initials('Guest 3')).toBe('G3');
    expect(initials('Guest 12')).toBe('G1');
  });

  it('Chinese, Japanese and Korean names: the first character', () => {
    expect(initials('王小明')).toBe('王');
    expect(initials('李娜 Li Na')).toBe('李');
    expect(initials('Li Na 李娜')).toBe('李');
    expect(initials('欧阳娜娜（主持人）')).toBe('欧');
    expect(initials('김민준')).toBe('김');
  });

  it('punctuation and emoji never show; nothing usable gives "?"', () => {
    expect(initials('  O’Brien-Smith, Jo!  ')).toBe('OJ');
    expect(initials('🙂 Ana')).toBe('AN');
    expect(initials('(facilitator)')).toBe('?');
    expect(initials('')).toBe('?');
    expect(initials('— ...')).toBe('?');
    expect(initials('élodie dubois')).toBe('ÉD');
  });
});
