import { inducedSubgraph, type Graph } from '../graph';

export interface PathMeasures {
  /** Brandes betweenness, each unordered pair once (NetworkX `normalized=False` on an undirected graph). */
  betweennessRaw: Float64Array;
  /** Normalised by 2/((n−1)(n−2)); equal to raw when n ≤ 2. */
  betweenness: Float64Array;
  /** Wasserman–Faust closeness: ((r−1)/(n−1))·((r−1)/Σd) over the r nodes reachable; 0 for isolates. */
  closeness: Float64Array;
}

interface CoreSweeps {
  /** Σ over core sources s of m(s)·δ_s(v), ordered pairs (each unordered pair counted from both ends). */
  acc: Float64Array;
  /** Actors of the whole graph reachable from v (itself and folded leaves included), and core actors reached. */
  reachWeight: Float64Array;
  reachCount: Int32Array;
  /** Σ m(t)·d(v, t) over the core actors t reached. */
  distanceSum: Float64Array;
}

/**
 * Exact betweenness and closeness with leaves folded away (Baglioni, Geraci, Pellegrini & Lastres 2012):
 * an actor whose only tie goes to an actor with other ties lies on no shortest path, and every path to it
 * is a path to its neighbour plus one step. So Brandes runs on the graph without those leaves, each
 * remaining actor weighted by 1 + its leaves, and the leaves' share is added in closed form:
 *
 * - a core actor v with L leaves in a component of r actors is the inner point of every pair {leaf of v,
 *   x ≠ v}: L·(r − 2) pairs, minus the L(L − 1)/2 leaf–leaf pairs counted twice;
 * - Σd from v over the whole graph = Σ m(t)·d(v, t) + (leaves in the component), each leaf one step beyond
 *   its neighbour; a leaf ℓ of p has Σd(ℓ) = Σd(p) + r − 2 (one more step to everyone but itself and p).
 *
 * Cluster maps drawn in workshops have many such actors (suppliers, buyers, a bank tied to one firm); the
 * generated benchmark maps have almost none, and then this is plain Brandes.
 */
export function pathMeasures(g: Graph): PathMeasures {
  const { n, offsets, adj } = g;
  const parentOf = new Int32Array(n).fill(-1);
  const leaves = new Int32Array(n);
  let folded = 0;
  for (let v = 0; v < n; v++) {
    if (offsets[v + 1] - offsets[v] !== 1) continue;
    const p = adj[offsets[v]];
    // Two actors tied only to each other are both leaves; neither is folded into the other.
    if (offsets[p + 1] - offsets[p] < 2) continue;
    parentOf[v] = p;
    leaves[p]++;
    folded++;
  }
  const coreNodes = new Int32Array(n - folded);
  for (let v = 0, i = 0; v < n; v++) if (parentOf[v] < 0) coreNodes[i++] = v;
  const core = folded > 0 ? inducedSubgraph(g, coreNodes) : g;
  const mult = new Float64Array(core.n);
  for (let i = 0; i < core.n; i++) mult[i] = 1 + leaves[coreNodes[i]];
  const sweeps = weightedBrandes(core, mult);

  const betweennessRaw = new Float64Array(n);
  const closeness = new Float64Array(n);
  const reach = new Float64Array(n);
  const distances = new Float64Array(n);
  for (let i = 0; i < core.n; i++) {
    const v = coreNodes[i];
    const r = sweeps.reachWeight[i];
    const L = leaves[v];
    reach[v] = r;
    distances[v] = sweeps.distanceSum[i] + (r - sweeps.reachCount[i]);
    betweennessRaw[v] = sweeps.acc[i] / 2 + L * (r - 2) - (L * (L - 1)) / 2;
  }
  for (let v = 0; v < n; v++) {
    const p = parentOf[v];
    if (p < 0) continue;
    reach[v] = reach[p];
    distances[v] = distances[p] + reach[p] - 2;
  }
  for (let v = 0; v < n; v++)
    if (distances[v] > 0 && n > 1) closeness[v] = ((reach[v] - 1) / (n - 1)) * ((reach[v] - 1) / distances[v]);
  const betweenness = new Float64Array(n);
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  for (let v = 0; v < n; v++) betweenness[v] = betweennessRaw[v] * scale;
  return { betweennessRaw, betweenness, closeness };
}

/**
 * Brandes (2001) on the core, each core actor standing for m(v) actors (itself and its folded leaves): sources
 * and targets weigh m, so the dependencies count every pair of the whole graph whose path runs through the
 * core. Also the weighted reach and distance sum of each source, for closeness. With m ≡ 1 this is plain
 * Brandes, bit for bit. Scratch arrays are
 * allocated once and only the visited entries are reset, so the cost is O(n·m) with no per-pair objects.
 *
 * Each BFS level is expanded top-down (scan the frontier's neighbours) or bottom-up (scan the unvisited
 * actors' neighbours for parents in the frontier), whichever touches fewer adjacency entries: in
 * small-world cluster maps the middle level holds most actors, and bottom-up skips their many edges back
 * into already visited levels. Both find every shortest-path parent, so σ and the DAG are exact.
 */
function weightedBrandes(g: Graph, mult: Float64Array): CoreSweeps {
  const { n, offsets, adj } = g;
  const acc = new Float64Array(n);
  const reachWeight = new Float64Array(n);
  const reachCount = new Int32Array(n);
  const distanceSum = new Float64Array(n);
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
    let unvisitedCount = -1; // the unvisited list is rebuilt lazily after top-down levels
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
    // Brandes' δ(v) = Σ_w σ(v)/σ(w)·(m(w) + δ(w)) is kept as S(v) = δ(v)/σ(v) = Σ_w (m(w)/σ(w) + S(w)): one
    // division per actor instead of one per DAG edge.
    for (let i = 0; i < tail; i++) inverse[order[i]] = mult[order[i]] / sigma[order[i]];
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
  return { acc, reachWeight, reachCount, distanceSum };
}
