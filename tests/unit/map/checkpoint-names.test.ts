import { describe, expect, it } from 'vitest';
import { automaticName, readAutomaticName, wordCheckpointName } from '../../../lib/map/checkpoint-names';
import { MAP_LIMITS } from '../../../lib/map/limits';
import { WORKSHOP_PHASES } from '../../../lib/map/types';
import { buildReportModel } from '../../../lib/export/report-model';
import { computeReport } from '../../../lib/engine';
import { templateMap } from '../../../lib/map/templates';

// The names the server gives automatic checkpoints are stored in English and worded for each reader
// (docs/architecture.md "Checkpoints").

const say = { phase: (p: string) => `P<${p}>`, beforeRestore: (n: string) => `R<${n}>`, beforeImport: 'I' };

describe('automatic checkpoint names', () => {
  it('read back what they were made from, for every phase, a restore and an import', () => {
    for (const phase of WORKSHOP_PHASES) expect(readAutomaticName(automaticName({ kind: 'phase', phase }))).toEqual({ kind: 'phase', phase });
    expect(readAutomaticName(automaticName({ kind: 'before_restore', restored: 'Morning' }))).toEqual({ kind: 'before_restore', restored: 'Morning' });
    expect(readAutomaticName(automaticName({ kind: 'before_import' }))).toEqual({ kind: 'before_import' });
    expect(automaticName({ kind: 'phase', phase: 'agree' })).toBe('Phase: Agree');
  });

  it('leave a name a person typed as typed, even one that starts like an automatic name', () => {
    for (const typed of ['Before lunch', 'Phase: planning', 'Before restoring “', '午饭前']) {
      expect(readAutomaticName(typed)).toBeNull();
      expect(wordCheckpointName(typed, say)).toBe(typed);
    }
  });

  it('fit the store’s name length when the restored checkpoint’s name is as long as a name may be', () => {
    const longest = '光'.repeat(MAP_LIMITS.checkpointNameLength - 1) + '😀';
    const stored = automaticName({ kind: 'before_restore', restored: longest });
    expect(stored.length).toBeLessThanOrEqual(MAP_LIMITS.checkpointNameLength);
    const read = readAutomaticName(stored);
    expect(read?.kind).toBe('before_restore');
    expect(read && read.kind === 'before_restore' && read.restored.endsWith('…')).toBe(true);
    expect(readAutomaticName(automaticName({ kind: 'before_restore', restored: 'Morning' }))).toEqual({ kind: 'before_restore', restored: 'Morning' });
  });

  it('word the checkpoint a restore was taken before, when it is automatic too', () => {
    const stored = automaticName({ kind: 'before_restore', restored: automaticName({ kind: 'phase', phase: 'review' }) });
    expect(wordCheckpointName(stored, say)).toBe('R<P<review>>');
  });

  it('are said in Chinese on a Chinese report: no English left in the source line', () => {
    const map = templateMap('optics-valley');
    const model = buildReportModel({ map, report: computeReport(map), generatedAt: 0, locale: 'zh-CN', source: { kind: 'checkpoint', name: automaticName({ kind: 'phase', phase: 'agree' }) } });
    expect(model.cover.source.text).toBe('检查点“阶段：达成共识”');
    const english = buildReportModel({ map, report: computeReport(map), generatedAt: 0, source: { kind: 'checkpoint', name: automaticName({ kind: 'before_import' }) } });
    expect(english.cover.source.text).toBe('Checkpoint “Before an import”');
  });
});
