// The engine's Brandes before leaf folding (lib/engine/measures/paths.ts at acf10f3), kept verbatim as an
// independent oracle for the reductions: same results on any graph, by a different route.

import type { Graph } from '../../../lib/engine/graph';

export interface PathMeasures {
  /** Brandes betweenness, each unordered pair once (NetworkX `normalized=False` on an undirected graph). */
  betweennessRaw: Float64Array;
  /** Normalised by 2/((n−1)(n−2)); equal to raw when n ≤ 2. */
  betweenness: Float64Array;
  /** Wasserman–Faust closeness: ((r−1)/(n−1))·((r−1)/Σd) over the r nodes reachable; 0 for isolates. */
  closeness: Float64Array;
}

/**
 * Betweenness (Brandes 2001) and closeness from one breadth-first search per source. Scratch arrays are
 * allocated once and only the visited entries are reset, so the cost is O(n·m) with no per-pair objects.
 *
 * Each BFS level is expanded top-down (scan the frontier's neighbours) or bottom-up (scan the unvisited
 * actors' neighbours for parents in the frontier), whichever touches fewer adjacency entries: in
 * small-world cluster maps the middle level holds most actors, and bottom-up skips their many edges back
 * into already visited levels. Both find every shortest-path parent, so σ and the DAG are exact.
 */
export function plainBrandes(g: Graph): PathMeasures {
  const { n, offsets, adj } = g;
  const acc = new Float64Array(n);
  const closeness = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const scaled = new Float64Array(n);
  const inverse = new Float64Array(n);
  const order = new Int32Array(n);
  const unvisited = new Int32Array(n);
  // The shortest-path DAG of the current source as a flat edge list, level by level: walking it backwards
  // visits every edge after all edges below it, and sequential reads beat rescanning neighbours.
  const dagFrom = new Int32Array(adj.length);
  const dagTo = new Int32Array(adj.length);
  const deg = new Int32Array(n);
  let totalDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1] - offsets[v];
    totalDeg += deg[v];
  }
  for (let s = 0; s < n; s++) {
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
    let unvisitedCount = -1; // the unvisited list is rebuilt lazily after top-down levels
    while (levelStart < levelEnd) {
      const next = d + 1;
      let nextDeg = 0;
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
          } else unvisited[kept++] = w;
        }
        // Distances are set after the scan so that this level's new actors are not mistaken for parents.
        for (let i = levelEnd; i < tail; i++) dist[order[i]] = next;
        unvisitedCount = kept;
      }
      sumDist += next * (tail - levelEnd);
      unvisitedDeg -= nextDeg;
      frontierDeg = nextDeg;
      levelStart = levelEnd;
      levelEnd = tail;
      d = next;
    }
    if (sumDist > 0 && n > 1) closeness[s] = ((tail - 1) / (n - 1)) * ((tail - 1) / sumDist);
    // Brandes' δ(v) = Σ_w σ(v)/σ(w)·(1 + δ(w)) is kept as S(v) = δ(v)/σ(v) = Σ_w (1/σ(w) + S(w)): one
    // division per actor instead of one per DAG edge.
    for (let i = 0; i < tail; i++) inverse[order[i]] = 1 / sigma[order[i]];
    for (let j = k - 1; j >= 0; j--) {
      const w = dagTo[j];
      scaled[dagFrom[j]] += inverse[w] + scaled[w];
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      if (v !== s) acc[v] += sigma[v] * scaled[v];
      dist[v] = -1;
      sigma[v] = 0;
      scaled[v] = 0;
    }
  }
  const betweennessRaw = new Float64Array(n);
  const betweenness = new Float64Array(n);
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  for (let v = 0; v < n; v++) {
    // Each unordered pair was counted from both of its ends.
    betweennessRaw[v] = acc[v] / 2;
    betweenness[v] = betweennessRaw[v] * scale;
  }
  return { betweennessRaw, betweenness, closeness };
}
