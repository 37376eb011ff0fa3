/**
 * Freeman centralization Σ(max − Cᵢ) ÷ the largest sum any graph of n nodes can reach (a star's), on
 * normalised scores. Zero when n is too small for the denominator to exist.
 */
function freeman(scores: ArrayLike<number>, denominator: number): number {
  const n = scores.length;
  if (n === 0 || !(denominator > 0)) return 0;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (scores[i] > max) max = scores[i];
  let sum = 0;
  for (let i = 0; i < n; i++) sum += max - scores[i];
  return sum / denominator;
}

export const degreeCentralization = (degreeCentrality: ArrayLike<number>) =>
  freeman(degreeCentrality, degreeCentrality.length - 2);

export const betweennessCentralization = (betweenness: ArrayLike<number>) =>
  freeman(betweenness, betweenness.length > 2 ? betweenness.length - 1 : 0);

export function closenessCentralization(closeness: ArrayLike<number>): number {
  const n = closeness.length;
  return freeman(closeness, n > 2 ? ((n - 1) * (n - 2)) / (2 * n - 3) : 0);
}
