import type { Graph } from '../graph';

export interface EigenvectorResult {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

/**
 * Eigenvector centrality by power iteration on A + I from the uniform vector, L2-normalised each step
 * (NetworkX's method: the identity shift makes bipartite graphs converge). Stops when Σ|Δx| < n·tol.
 */
export function eigenvector(g: Graph, tolerance: number, maxIterations: number): EigenvectorResult {
  const { n, offsets, adj } = g;
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let last = new Float64Array(n);
  for (let it = 1; it <= maxIterations; it++) {
    const swap = last;
    last = x;
    x = swap;
    // x = (A + I)·last, gathered per node. Neighbour lists are ascending, so each x[v] adds the same terms
    // in the same order as scattering from every node in turn would: the floats come out identical.
    // The squared norm is summed in the same pass, in the same node order.
    let sq = 0;
    for (let v = 0; v < n; v++) {
      let sum = last[v];
      for (let p = offsets[v]; p < offsets[v + 1]; p++) sum += last[adj[p]];
      x[v] = sum;
      sq += sum * sum;
    }
    const norm = Math.sqrt(sq) || 1;
    let err = 0;
    for (let v = 0; v < n; v++) {
      x[v] /= norm;
      err += Math.abs(x[v] - last[v]);
    }
    if (err < n * tolerance) return { values: x, iterations: it, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: n === 0 };
}
