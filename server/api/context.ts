import type * as Y from 'yjs';
import type { ScoreService } from '../scores/score-service';
import type { ServerConfig } from '../config';
import type { Role, WorkshopRecord } from '../store/store';

/** What the HTTP API needs from the rest of the server; start.ts builds it from the real parts. */
export interface ApiContext {
  config: ServerConfig;
  storeKind: 'sqlite' | 'postgres';
  workshops: {
    create(input: { title: string; cluster?: string; template?: string }): Promise<{ record: WorkshopRecord; keys: Record<Role, string> }>;
    get(id: string): Promise<WorkshopRecord | null>;
    authenticate(id: string, key: string): Promise<Role | null>;
  };
  sync: {
    roomCount(): number;
    getRoomDoc(id: string): Promise<Y.Doc>;
    applyToRoom(id: string, change: (doc: Y.Doc) => void): Promise<void>;
  };
  scores: Pick<ScoreService, 'report'>;
  demo: { id: string; title: string; keys: Record<Role, string> } | null;
}
