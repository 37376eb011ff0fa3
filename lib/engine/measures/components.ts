import type { Graph } from '../graph';

export interface Components {
  /** Component number of each node, numbered in order of their smallest node. */
  label: Int32Array;
  sizes: number[];
  count: number;
  /** Size of the largest component (0 for an empty graph). */
  largest: number;
}

/** Connected components; a node listed in `removed` is left out (label −1). */
export function components(g: Graph, removed = -1): Components {
  const { n, offsets, adj } = g;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  let largest = 0;
  for (let s = 0; s < n; s++) {
    if (label[s] >= 0 || s === removed) continue;
    const c = sizes.length;
    label[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let p = offsets[v]; p < offsets[v + 1]; p++) {
        const w = adj[p];
        if (label[w] < 0 && w !== removed) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
    if (tail > largest) largest = tail;
  }
  return { label, sizes, count: sizes.length, largest };
}
