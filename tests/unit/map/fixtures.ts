import type { ClusterMap } from '../../../lib/map/types';
import { defaultStages } from '../../../lib/map/default-stages';

/** A small but complete map: every actor type field, a directed tacit knowledge tie, a supply tie with GVC. */
export function sampleMap(): ClusterMap {
  return {
    meta: { title: 'Sample cluster', cluster: 'Optics', region: 'Wuhan', phase: 'map_ties', weights: { I1: 0.2 } },
    stages: defaultStages(),
    actors: [
      { id: 'firm1', label: 'Fibre maker', type: 'firm', scope: 'local', stages: ['manufacturing'], influence: 7, goals: ['export'], x: 10, y: 20 },
      { id: 'uni', label: '华中科技大学', type: 'university', scope: 'local', stages: ['rd'], notes: 'lasers' },
      { id: 'buyer', label: 'Global buyer', type: 'firm', scope: 'external', stages: ['marketing'] },
    ],
    ties: [
      { id: 't1', source: 'uni', target: 'firm1', kind: 'knowledge', directed: true, strength: 3, tacit: true },
      {
        id: 't2', source: 'firm1', target: 'buyer', kind: 'supply', directed: true, strength: 2, tacit: false,
        gvc: { complexity: 'high', codifiability: 'low', supplierCapability: 'high' },
      },
    ],
  };
}
