import type { Graph } from '../graph';
import type { CoreSweeps } from './sweeps';

/**
 * The same sweeps one source at a time, for the given sources (Brandes with a direction-optimising
 * BFS and the shortest-path DAG kept as a flat edge list): the route for graphs with long shortest paths.
 * Only the given sources' entries of reach and distance are written; the dependencies add to `acc`.
 */
export function singleSourceSweeps(g: Graph, mult: Float64Array, sources: readonly number[], out: CoreSweeps): void {
  const { n, offsets, adj } = g;
  const { acc, reachWeight, reachCount, distanceSum } = out;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const scaled = new Float64Array(n);
  const inverse = new Float64Array(n);
  const order = new Int32Array(n);
  const unvisited = new Int32Array(n);
  // Walking the DAG edge list backwards visits every edge after all edges below it.
  const dagFrom = new Int32Array(adj.length);
  const dagTo = new Int32Array(adj.length);
  const deg = new Int32Array(n);
  let totalDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1] - offsets[v];
    totalDeg += deg[v];
  }
  for (const s of sources) {
    const ms = mult[s];
    let reached = ms;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let levelStart = 0;
    let levelEnd = 1;
    let tail = 1;
    let k = 0;
    let sumDist = 0;
    let d = 0;
    let frontierDeg = deg[s];
    let unvisitedDeg = totalDeg - deg[s];
    let unvisitedCount = -1;
    while (levelStart < levelEnd) {
      const next = d + 1;
      let nextDeg = 0;
      let levelWeight = 0;
      if (frontierDeg <= unvisitedDeg) {
        for (let i = levelStart; i < levelEnd; i++) {
          const v = order[i];
          const sv = sigma[v];
          for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
            const w = adj[p];
            const dw = dist[w];
            if (dw < 0) {
              dist[w] = next;
              order[tail++] = w;
              sigma[w] = sv;
              nextDeg += deg[w];
              levelWeight += mult[w];
            } else if (dw !== next) continue;
            else sigma[w] += sv;
            dagFrom[k] = v;
            dagTo[k++] = w;
          }
        }
        unvisitedCount = -1;
      } else {
        if (unvisitedCount < 0) {
          unvisitedCount = 0;
          for (let w = 0; w < n; w++) if (dist[w] < 0) unvisited[unvisitedCount++] = w;
        }
        let kept = 0;
        for (let j = 0; j < unvisitedCount; j++) {
          const w = unvisited[j];
          let sw = 0;
          for (let p = offsets[w], end = offsets[w + 1]; p < end; p++) {
            const v = adj[p];
            if (dist[v] === d) {
              sw += sigma[v];
              dagFrom[k] = v;
              dagTo[k++] = w;
            }
          }
          if (sw > 0) {
            sigma[w] = sw;
            order[tail++] = w;
            nextDeg += deg[w];
            levelWeight += mult[w];
          } else unvisited[kept++] = w;
        }
        // Distances are set after the scan so that this level's new actors are not mistaken for parents.
        for (let i = levelEnd; i < tail; i++) dist[order[i]] = next;
        unvisitedCount = kept;
      }
      sumDist += next * levelWeight;
      reached += levelWeight;
      unvisitedDeg -= nextDeg;
      frontierDeg = nextDeg;
      levelStart = levelEnd;
      levelEnd = tail;
      d = next;
    }
    reachWeight[s] = reached;
    reachCount[s] = tail;
    distanceSum[s] = sumDist;
    // As in the batches, only targets after the source count, with weight m(w).
    for (let i = 0; i < tail; i++) {
      const w = order[i];
      inverse[w] = (w > s ? mult[w] : 0) / sigma[w];
    }
    for (let j = k - 1; j >= 0; j--) {
      const w = dagTo[j];
      scaled[dagFrom[j]] += inverse[w] + scaled[w];
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      if (v !== s) acc[v] += ms * sigma[v] * scaled[v];
      dist[v] = -1;
      sigma[v] = 0;
      scaled[v] = 0;
    }
  }
}
