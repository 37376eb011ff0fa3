import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { encodeAwarenessEntries, type AwarenessEntry } from '../../lib/sync/awareness-codec';
import { encodeAwarenessMessage } from '../../lib/sync/messages';
import { validPresence } from '../../lib/sync/presence';
import type { VerifiedIdentity } from '../../lib/sync/protocol';

// Who is in a room and what they show (docs/protocol.md P8): the room's live connections, and the presence
// states each may publish. The server is not a participant: it relays others' presence but publishes none.

/** One live socket in a room, as the room sees it. */
export interface RoomConnection {
  readonly id: string;
  readonly identity: VerifiedIdentity;
  /** Awareness client ids this connection has published states for. */
  readonly awarenessClients: Set<number>;
}

/** Sends a "y" frame to every connection of the room except `exceptConnectionId`. */
type Broadcast = (frame: Uint8Array, exceptConnectionId?: string) => void;

/** How many awareness client ids one connection may speak for (a tab has one; this leaves room for reloads). */
const MAX_AWARENESS_CLIENTS_PER_CONNECTION = 8;

export class RoomPresence {
  readonly awareness: Awareness;
  readonly connections = new Map<string, RoomConnection>();
  private readonly owners = new Map<number, string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly broadcast: Broadcast,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /**
   * Takes the states a connection published, keeps those for client ids it may speak for, validates each
   * against the presence schema and stamps it with the connection's verified identity, and applies them
   * (which relays them). Returns the refused client ids.
   */
  apply(connection: RoomConnection, entries: readonly AwarenessEntry[]): number[] {
    const accepted: AwarenessEntry[] = [];
    const refused: number[] = [];
    for (const entry of entries) {
      if (!this.mayClaim(connection, entry.clientID)) {
        refused.push(entry.clientID);
        continue;
      }
      const previous = this.owners.get(entry.clientID);
      if (previous && previous !== connection.id) this.connections.get(previous)?.awarenessClients.delete(entry.clientID);
      this.owners.set(entry.clientID, connection.id);
      connection.awarenessClients.add(entry.clientID);
      // Only PresenceState's fields in their shapes, an observer's quiet ones removed (P8): a malformed
      // state from one client must not break everyone's canvas.
      accepted.push({ ...entry, state: entry.state === null ? null : (validPresence(entry.state, connection.identity) as unknown as Record<string, unknown>) });
    }
    if (accepted.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), connection);
    return refused;
  }

  private mayClaim(connection: RoomConnection, clientID: number): boolean {
    if (clientID === this.doc.clientID) return false;
    const owner = this.owners.get(clientID);
    if (owner === connection.id) return true;
    if (connection.awarenessClients.size >= MAX_AWARENESS_CLIENTS_PER_CONNECTION) return false;
    const ownerConnection = owner ? this.connections.get(owner) : undefined;
    // The same person reconnecting may take over the id before the server noticed the old socket is gone.
    return !ownerConnection || ownerConnection.identity.id === connection.identity.id;
  }

  add(connection: RoomConnection): void {
    this.connections.set(connection.id, connection);
  }

  /** Forgets a connection; `announce` tells the others its states are gone (not while the room closes). */
  remove(connection: RoomConnection, announce: boolean): void {
    this.connections.delete(connection.id);
    const owned = [...connection.awarenessClients].filter((c) => this.owners.get(c) === connection.id);
    for (const c of owned) this.owners.delete(c);
    if (announce && owned.length > 0) removeAwarenessStates(this.awareness, owned, 'disconnect');
  }

  destroy(): void {
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private readonly onUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const except = origin && typeof origin === 'object' && 'id' in origin ? (origin as RoomConnection).id : undefined;
    this.broadcast(encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, changed)), except);
  };
}
