import type { Discussion } from '../../../lib/map/discussion';
import type { MapDocument } from '../../../lib/map/types';
import { apiError } from '../model/apiError';

// The workshop page's calls for checkpoints (docs/architecture.md "Checkpoints"), with this browser's key
// and, so the server can say who saved or restored one, its secret for the workshop.

export interface CheckpointSummary {
  id: string;
  name: string;
  kind: 'manual' | 'agreed' | 'phase' | 'before_restore' | 'before_import';
  createdAt: number;
  createdBy: string | null;
  auto: boolean;
}

export interface OpenedCheckpoint {
  checkpoint: CheckpointSummary;
  map: MapDocument;
  discussion: Discussion;
}

export interface CheckpointsApi {
  list(): Promise<CheckpointSummary[]>;
  save(name: string, kind?: 'manual' | 'agreed'): Promise<CheckpointSummary>;
  open(id: string): Promise<OpenedCheckpoint>;
  restore(id: string): Promise<{ restored: CheckpointSummary; before: CheckpointSummary }>;
}

export function checkpointsApi(workshop: string, key: string, secret: string): CheckpointsApi {
  const base = `/api/workshops/${encodeURIComponent(workshop)}/checkpoints`;
  const call = async <T,>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(base + path, {
      ...init,
      headers: { authorization: `Bearer ${key}`, 'x-participant-secret': secret, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
    if (!res.ok) throw await apiError(res);
    return (await res.json()) as T;
  };
  return {
    list: async () => (await call<{ checkpoints: CheckpointSummary[] }>('')).checkpoints,
    save: (name, kind = 'manual') => call('', { method: 'POST', body: JSON.stringify({ name, kind }) }),
    open: (id) => call(`/${encodeURIComponent(id)}`),
    restore: (id) => call(`/${encodeURIComponent(id)}/restore`, { method: 'POST' }),
  };
}
