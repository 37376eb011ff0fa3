import type * as Y from 'yjs';
import type { ActivityEntry } from '../../lib/activity/types';
import type { ActivityPage } from '../store/activity-store';
import type { CheckpointService } from '../checkpoints/checkpoint-service';
import type { IdentityService } from '../identity/identity-service';
import type { WriteResult } from '../rooms/room';
import type { OpenRoundState } from '../rooms/room-rounds';
import type { ScoreService } from '../scores/score-service';
import type { ServerConfig } from '../config';
import type { Role, WorkshopRecord } from '../store/store';
import type { InviteService } from '../workshops/invites';
import type { RotationResult } from '../workshops/key-rotation';
import type { WorkshopService } from '../workshops/workshop-service';
import type { GuessLimiter } from './guess-limiter';
import type { RateLimiter } from './rate-limiter';
import type { WrongKeys } from '../security/wrong-keys';

/** What the HTTP API needs from the rest of the server; start.ts builds it from the real parts. */
export interface ApiContext {
  config: ServerConfig;
  storeKind: 'sqlite' | 'postgres';
  workshops: {
    create(input: { title: string; cluster?: string; template?: string }): Promise<{ record: WorkshopRecord; keys: Record<Role, string>; code: string }>;
    get(id: string): Promise<WorkshopRecord | null>;
    authenticate(id: string, key: string): Promise<Role | null>;
    renewGuestKeys(id: string, facilitatorKey: string): Promise<unknown>;
  };
  /** Join codes and the links a facilitator can show again (server/workshops/invites.ts). */
  invites: Pick<InviteService, 'secretsFor' | 'resolve'>;
  /** Wrong join codes per client address (server/api/guess-limiter.ts). */
  joinGuesses: GuessLimiter;
  /**
   * Calls per key and new workshops per client address (server/api/rate-limiter.ts, docs/protocol.md P9);
   * keys that open nothing per client address (server/security/wrong-keys.ts), shared with the handshake.
   */
  limits: { apiCalls: RateLimiter; workshopCreations: RateLimiter; wrongKeys: WrongKeys };
  sync: {
    roomCount(): number;
    getRoomDoc(id: string): Promise<Y.Doc>;
    applyToRoom(id: string, change: (doc: Y.Doc) => void, origin?: string, by?: string): Promise<WriteResult>;
    listActivity(id: string, page: ActivityPage): Promise<ActivityEntry[]>;
    /** The open secret round with its counts, or null (server/rooms/room-rounds.ts, docs/protocol.md P18). */
    openRound(id: string): Promise<OpenRoundState | null>;
    /** Closes the live sockets holding withdrawn keys (server/socket/revocation.ts, docs/protocol.md P16). */
    closeKeyHolders(id: string, roles: readonly Role[], options?: { keep?: string }): number;
    closeWorkshop(id: string): number;
  };
  /** Key rotation (server/workshops/key-rotation.ts): with the facilitator key, or null for the operator. */
  keys: { rotate(id: string, roles: readonly Role[], facilitatorKey: string | null): Promise<RotationResult> };
  /** The operator's routes (server/api/operator-routes.ts); null turns them off. */
  operator: { token: string; workshops: WorkshopService } | null;
  checkpoints: CheckpointService;
  identities: Pick<IdentityService, 'findBySecret'>;
  scores: Pick<ScoreService, 'report' | 'reportOfMap'>;
  demo: { id: string; title: string; keys: Record<Role, string> } | null;
}
