import type { ClusterMap } from '../../../lib/map/types';
import { sampleMap } from '../map/fixtures';

/** The sample map with a label and notes that CSV, XML and spreadsheets must escape. */
export function trickyMap(): ClusterMap {
  const map = sampleMap();
  map.actors[0].label = 'Fibre, "Cable" & <Co>\nLtd';
  map.actors[0].notes = '=HYPERLINK("http://evil")';
  return map;
}
