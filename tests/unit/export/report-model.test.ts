import { describe, expect, it } from 'vitest';
import { labelFor } from '../../../lib/map/labels';
import { RECOMMENDATION_IDS, computeReport } from '../../../lib/engine';
import { buildReportModel } from '../../../lib/export/report-model';
import { RECOMMENDATION_THEORY } from '../../../lib/export/report/recommendation-theory';
import { REPORT_WORDS } from '../../../lib/export/report/report-words';
import { templateMap } from '../../../lib/map/templates';
import { untouchedInput, workshopInput } from './report-headings';

const map = templateMap('optics-valley');
const report = computeReport(map);
const model = buildReportModel({ map, report, participants: ['Li Wei', '王芳'], generatedAt: '2026-03-04T05:06:07Z', source: { kind: 'live' } });

describe('buildReportModel', () => {
  it('carries the cover: title, cluster, region, date, source and who took part', () => {
    expect(model.cover).toMatchObject({ title: map.meta.title, cluster: map.meta.cluster, region: map.meta.region, date: '2026-03-04', participants: ['Li Wei', '王芳'] });
    expect(model.cover.source.text).toBe('The live map');
    expect(model.cover.counts.actors).toBe(map.actors.length);
  });

  it('has both indices with every sub-indicator, their values as the engine computed them', () => {
    expect(model.indices.map((i) => i.value.value)).toEqual([report.indices.ici.value, report.indices.gi.value]);
    expect(model.indices[0].value.text).toBe(report.indices.ici.value.toFixed(1));
    const components = model.indices.flatMap((i) => i.components);
    const engine = [...report.indices.ici.components, ...report.indices.gi.components];
    expect(components.map((c) => c.id)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7']);
    components.forEach((c, i) => {
      expect(c.value.value).toBe(engine[i].value);
      expect(c.value.text).toBe(engine[i].value.toFixed(2));
      expect(c.weight.value).toBe(engine[i].weight);
      expect(c.formula).toBe(engine[i].formula);
      expect(c.theory.length).toBeGreaterThan(10);
    });
  });

  it('lists every actor with its measures, knowledge role and brokerage roles', () => {
    expect(model.actors.rows.map((r) => r.id).sort()).toEqual(map.actors.map((a) => a.id).sort());
    const yofc = model.actors.rows.find((r) => r.id === 'a_yofc')!;
    // The English report names actors by their English names (lib/map/labels.ts labelFor).
    expect(yofc.label).toBe(labelFor(map.actors.find((a) => a.id === 'a_yofc')!, 'en'));
    expect(yofc.betweenness.value).toBe(report.actors.a_yofc.betweenness);
    expect(yofc.closeness.text).toBe(report.actors.a_yofc.closeness.toFixed(3));
    expect(yofc.brokerage.reduce((s, b) => s + b.count, 0)).toBe(report.actors.a_yofc.brokerage.type.total);
  });

  it('names the elements of recommendations by label, with the theory each stands on', () => {
    for (const id of RECOMMENDATION_IDS) expect(RECOMMENDATION_THEORY[id].length).toBeGreaterThan(20);
    expect(model.recommendations.items.map((r) => r.id)).toEqual(report.recommendations.map((r) => r.id));
    for (const r of model.recommendations.items) {
      expect(r.theory).toBe(RECOMMENDATION_THEORY[r.id as keyof typeof RECOMMENDATION_THEORY]);
      for (const e of r.elements) if (e.kind === 'actor') expect(e.label).toBe(labelFor(map.actors.find((a) => a.id === e.id)!, 'en'));
    }
  });

  it('writes labels for the actor ids in engine messages', () => {
    const synthetic = buildReportModel({
      map,
      // A report of an engine that wrote no message keys: its English, with labels for the ids.
      report: { ...report, recommendations: [{ id: 'gatekeeper_bottleneck', title: 't', message: 'a_yofc holds 3 of the ties; a_yofcX stays.', elements: ['a_yofc'] } as unknown as (typeof report.recommendations)[number]] },
      generatedAt: 0,
      source: { kind: 'checkpoint', name: 'Before lunch' },
    });
    expect(synthetic.recommendations.items[0].message).toBe(`${labelFor(map.actors.find((a) => a.id === 'a_yofc')!, 'en')} holds 3 of the ties; a_yofcX stays.`);
    expect(synthetic.cover.source.text).toBe('Checkpoint “Before lunch”');
  });

  it('adds the agreement, discussion and comparison sections only when given', () => {
    expect(model.agreement).toBeUndefined();
    expect(model.discussion).toBeUndefined();
    expect(model.comparison).toBeUndefined();
    const full = buildReportModel({
      map,
      report,
      generatedAt: 0,
      source: { kind: 'agreed' },
      agreement: {
        rules: { quorum: 3, threshold: 0.66 },
        elements: [
          { id: 'a_yofc', kind: 'actor', label: 'YOFC', status: 'agreed', tally: { agree: 4, disagree: 0, unsure: 0, total: 4 } },
          { id: 't1', kind: 'tie', label: 'HUST → YOFC', status: 'parked', decision: 'parked', reason: 'check with YOFC', tally: { agree: 1, disagree: 1, unsure: 1, total: 3 } },
        ],
      },
      discussion: { comments: [{ element: 'a_yofc', elementLabel: 'YOFC', author: 'Li', text: 'Biggest maker', at: '2026-01-01T10:00:00Z' }] },
      comparison: { against: { kind: 'checkpoint', name: 'Morning' }, values: [{ id: 'ici', name: 'ICI', before: 50, after: 55.25 }], added: [{ id: 'a_x', kind: 'actor', label: 'New' }], removed: [] },
    });
    expect(full.agreement!.counts.find((c) => c.status === 'parked')!.count).toBe(1);
    expect(full.agreement!.elements[0].statusLabel).toBe('Agreed');
    // The decision in words, not its code.
    expect(full.agreement!.elements.map((e) => e.decisionText)).toEqual(['–', 'Parked — check with YOFC']);
    expect(full.discussion!.threads[0].comments[0].text).toBe('Biggest maker');
    expect(full.comparison!.values[0].change.text).toBe('+5.3');
    expect(full.comparison!.against.text).toBe('Checkpoint “Morning”');
  });

  it('gives every section the title both renderers show, from REPORT_WORDS', () => {
    expect(model.cover.subtitle).toBe(REPORT_WORDS.subtitle);
    expect(model.indices[0].title).toBe(`Innovation capability index (ICI): ${model.indices[0].value.text}`);
    expect(model.indices[1].summary).toBe(`Governance (GI): ${model.indices[1].value.text} / 100`);
    expect(model.indices[0].components[0].title).toBe(`I1 ${model.indices[0].components[0].name}: ${model.indices[0].components[0].value.text} (weight ${model.indices[0].components[0].weight.text})`);
    expect(model.actors.title).toBe(REPORT_WORDS.actors);
    expect(model.governance.title).toBe(REPORT_WORDS.governance);
    expect(model.archetype.title).toBe(`${REPORT_WORDS.clusterType}: ${model.archetype.label}`);
    expect(model.tripleHelix.title).toMatch(/^Triple helix: T = -?\d\.\d{3} bits$/);
    expect(model.recommendations).toMatchObject({ title: REPORT_WORDS.recommendations, note: '' });
    expect(model.cover.participantsText).toBe('Li Wei, 王芳');
    // The demo's map draws no warning: the section is left out.
    expect(model.warnings).toBeUndefined();
  });

  it('names at most 8 of the elements a sub-indicator names, and says how many more', () => {
    for (const c of model.indices.flatMap((i) => i.components)) {
      const labels = c.elements.map((e) => e.label);
      if (labels.length <= 8) expect(c.elementsText).toBe(labels.join('; '));
      else expect(c.elementsText).toBe(`${labels.slice(0, 8).join('; ')} and ${labels.length - 8} more`);
    }
    expect(model.indices.flatMap((i) => i.components).some((c) => c.elements.length > 8)).toBe(true);
  });

  it('for an untouched workshop: no discussion, and the agreement is one sentence with the rules', () => {
    const untouched = buildReportModel(untouchedInput());
    expect(untouched.discussion).toBeUndefined();
    expect(untouched.agreement).toMatchObject({
      summary: 'Nobody voted and nothing was decided, so no element is agreed yet (the rules: at least 3 votes, and a share of 0.67 agreeing).',
      elements: [],
      tooFew: '',
    });
    expect(untouched.agreement!.counts.find((c) => c.status === 'too_few')!.count).toBe(map.actors.length + map.ties.length);
  });

  it('lists the elements the group settled, contested or left open, and counts those with too few votes', () => {
    const input = workshopInput();
    const worked = buildReportModel(input);
    const agreement = worked.agreement!;
    expect(agreement.elements.map((e) => [e.id, e.statusLabel, e.decisionText])).toEqual([
      ['a_hust', 'Agreed', '–'],
      ['a_expo', 'Parked', 'Parked — ask the organisers'],
      ['a_yofc', 'Contested', '–'],
    ]);
    // One vote is below the quorum: a_ehtz is counted with every element nobody voted on.
    const tooFew = input.agreement!.elements.filter((e) => e.status === 'too_few').length;
    expect(tooFew).toBe(input.map.actors.length + input.map.ties.length - 3);
    expect(agreement.tooFew).toBe(`${tooFew} elements had too few votes to say.`);
    expect(agreement.summary).toBe('Rules: at least 3 votes, and a share of 0.67 agreeing. Agreed: 1 · Parked: 1 · Contested: 1');
    expect(worked.discussion).toMatchObject({ title: 'What was said (1 comment)', count: 1 });
    expect(worked.discussion!.threads[0].comments[0].line).toBe('Li Wei (2026-03-04 09:30 UTC): They license the patents');
    expect(worked.recommendations.note).toBe(REPORT_WORDS.noRecommendations);
    expect(worked.warnings!.title).toBe('Check the map (1 warning)');
    expect(worked.comparison).toMatchObject({ title: 'What changed since: Checkpoint “Before lunch”', addedText: 'nothing', removedText: 'nothing' });
    expect(worked.cover.participantsText).toBe(REPORT_WORDS.noParticipants);
  });
});
