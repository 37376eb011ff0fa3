import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkChanges, type Writer } from '../../../lib/access/check-changes';
import { exportMap } from '../../../lib/export/formats';
import { applyMap } from '../../../lib/map/apply-map';
import { parseMapDocument, toMapDocument } from '../../../lib/map/interchange';
import { labelFor } from '../../../lib/map/labels';
import { MAP_LIMITS } from '../../../lib/map/limits';
import { templateMap } from '../../../lib/map/templates';
import type { Actor, ClusterMap } from '../../../lib/map/types';
import { actorsOf, addActor, docFromMap, readMap, updateActor } from '../../../lib/map/ydoc';
import { analyseUpdate } from '../../../lib/sync/update-changes';
import { pair, updateOf } from '../sync/update-fixtures';

// Actors' names in two languages (docs/map-format.md "Names in two languages"): labelFor, the Y.Doc's
// fields, the interchange format, the data exports, and the write check's limits.

const hust: Actor = { id: 'a_hust', label: 'HUST (华中科技大学)', labels: { en: 'Huazhong University of Science and Technology', 'zh-CN': '华中科技大学' }, type: 'university', scope: 'local', stages: [] };
const map: ClusterMap = { meta: { title: 'T' }, stages: [], actors: [hust, { id: 'a_plain', label: 'Plain', type: 'firm', scope: 'local', stages: [] }], ties: [] };

describe('an actor’s names in two languages', () => {
  it('labelFor gives the reader’s name, else the label (a blank name counts as none)', () => {
    expect(labelFor(hust, 'zh-CN')).toBe('华中科技大学');
    expect(labelFor(hust, 'en')).toBe('Huazhong University of Science and Technology');
    expect(labelFor({ label: 'Plain' }, 'zh-CN')).toBe('Plain');
    expect(labelFor({ label: 'Plain', labels: { 'zh-CN': '  ' } }, 'zh-CN')).toBe('Plain');
  });

  it('live in the Y.Doc as one field per language, read back, changed and removed', () => {
    const doc = docFromMap(map);
    expect(actorsOf(doc).get('a_hust')!.get('label.zh-CN')).toBe('华中科技大学');
    expect(readMap(doc).map.actors.find((a) => a.id === 'a_hust')!.labels).toEqual(hust.labels);
    expect(readMap(doc).map.actors.find((a) => a.id === 'a_plain')!.labels).toBeUndefined();
    updateActor(doc, 'a_hust', { labels: { 'zh-CN': '华科' } });
    expect(readMap(doc).map.actors.find((a) => a.id === 'a_hust')!.labels).toEqual({ 'zh-CN': '华科' });
    applyMap(doc, map);
    expect(readMap(doc).map.actors.find((a) => a.id === 'a_hust')!.labels).toEqual(hust.labels);
    applyMap(doc, { ...map, actors: map.actors.map((a) => ({ ...a, labels: undefined })) });
    expect([...actorsOf(doc).get('a_hust')!.keys()].filter((k) => k.startsWith('label.'))).toEqual([]);
  });

  it('travel in clustercanvas.map JSON, and a name over the limit is refused with its path', () => {
    const parsed = parseMapDocument(JSON.parse(JSON.stringify(toMapDocument(map))));
    expect(parsed.ok && parsed.map.actors[0].labels).toEqual(hust.labels);
    const long = parseMapDocument({ ...toMapDocument(map), actors: [{ ...hust, labels: { 'zh-CN': '长'.repeat(MAP_LIMITS.labelLength + 1) } }] });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(JSON.stringify(long.issues)).toContain('labels');
  });

  it('are columns of the CSV, GraphML and GEXF exports', () => {
    const demo = templateMap('optics-valley');
    const csv = exportMap(demo, 'csv-actors');
    expect(String(csv).split('\n')[0]).toContain('label_zh_cn');
    expect(String(csv)).toContain('华中科技大学');
    for (const format of ['graphml', 'gexf'] as const) {
      const text = String(exportMap(demo, format));
      expect(text, format).toContain('label_en');
      expect(text, format).toContain('Huazhong University of Science and Technology');
    }
  });

  it('pass the write check as labels do, and one over the limit is refused', () => {
    const writer: Writer = { role: 'participant', participant: 'p_ana' };
    const verdict = (name: string) => {
      const { replica, client } = pair((d: Y.Doc) => addActor(d, { id: 'a_1', label: 'Firm', type: 'firm', scope: 'local', stages: [] }));
      const analysis = analyseUpdate(replica, updateOf(client, (d) => updateActor(d, 'a_1', { labels: { 'zh-CN': name } })));
      if (!analysis.ok) throw new Error(analysis.reason);
      return checkChanges(writer, 'open', analysis.changes)?.reason ?? 'allowed';
    };
    expect(verdict('企业')).toBe('allowed');
    expect(verdict('长'.repeat(MAP_LIMITS.labelLength + 1))).toBe('too_long');
  });
});
