import * as Y from 'yjs';
import { newId, type JoinCode } from '../../lib/map/ids';
import { MAP_LIMITS } from '../../lib/map/schemas';
import { isTemplateName, templateMap, TEMPLATE_NAMES, type TemplateName } from '../../lib/map/templates';
import { UNTITLED_TITLE, type ClusterMap } from '../../lib/map/types';
import { docFromMap } from '../../lib/map/ydoc';
import { ROLES, type Role, type Store, type WorkshopRecord } from '../store/store';
import { InviteService } from './invites';
import { generateKey, generateKeys, hashKey, roleForKey } from './keys';

export interface CreateWorkshopInput {
  /** Shown on the landing page and in the map's meta; defaults to the map's own title. */
  title?: string;
  cluster?: string;
  /**
   * The map to start from, a TemplateName (default "empty": the smile-curve stages and nothing else).
   * Typed as string because it arrives from requests; anything else is refused with a clear error.
   */
  template?: TemplateName | (string & {});
  /** Start from this map instead of a template (an import). Must already be valid. */
  map?: ClusterMap;
  /** A chosen id (the demo's fixed "optics-valley"); default a fresh random one. */
  id?: string;
  /** Chosen keys (the demo's stable keys); default fresh random ones. */
  keys?: Record<Role, string>;
}

export interface CreatedWorkshop {
  record: WorkshopRecord;
  /** The only time the keys exist in clear: hand them to the facilitator, they are not stored. */
  keys: Record<Role, string>;
  /** The first log entry: the whole starting map as one Yjs update. */
  initialState: Uint8Array;
  /** What people can type instead of the participant link (docs/architecture.md "Joining"). */
  code: JoinCode;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Hashes no key has (not hex): what an unknown workshop's key is compared with. */
const NO_WORKSHOP: Record<Role, string> = { facilitator: '-', participant: '-', observer: '-' };

/** Workshop records and their keys, on top of a Store. */
export class WorkshopService {
  readonly invites: InviteService;

  constructor(readonly store: Store) {
    this.invites = new InviteService(store);
  }

  async create(input: CreateWorkshopInput = {}): Promise<CreatedWorkshop> {
    if (input.template !== undefined && !isTemplateName(input.template))
      throw new Error(`unknown template "${String(input.template)}"; choose one of ${TEMPLATE_NAMES.join(', ')}`);
    const map = input.map ? structuredClone(input.map) : templateMap(input.template ?? 'empty');
    const title = (input.title ?? '').trim() || map.meta.title.trim() || UNTITLED_TITLE;
    if (title.length > MAP_LIMITS.labelLength) throw new Error(`the title is longer than ${MAP_LIMITS.labelLength} characters`);
    const cluster = input.cluster?.trim() || undefined;
    if (cluster && cluster.length > MAP_LIMITS.labelLength)
      throw new Error(`the cluster name is longer than ${MAP_LIMITS.labelLength} characters`);
    const id = input.id ?? newId('w');
    if (!ID_PATTERN.test(id)) throw new Error(`a workshop id is 1–64 letters, digits, "-" or "_"; got "${id}"`);

    map.meta.title = title;
    if (cluster) map.meta.cluster = cluster;
    const doc = docFromMap(map);
    const initialState = Y.encodeStateAsUpdate(doc);
    doc.destroy();

    const keys = input.keys ?? generateKeys();
    const now = Date.now();
    const record: WorkshopRecord = {
      id,
      title,
      keyHashes: Object.fromEntries(ROLES.map((role) => [role, hashKey(keys[role])])) as Record<Role, string>,
      createdAt: now,
      lastActiveAt: now,
    };
    if (map.meta.cluster) record.cluster = map.meta.cluster;

    await this.store.createWorkshop(record);
    let code: JoinCode;
    try {
      await this.store.appendUpdate(id, initialState);
      code = await this.invites.create(id, keys);
    } catch (err) {
      // A workshop without its starting map would open blank: take the record back and report the failure.
      await this.store.deleteWorkshop(id).catch(() => {});
      throw err;
    }
    return { record, keys, initialState, code };
  }

  /** The role a key opens in a workshop, or null for an unknown workshop or a wrong key. */
  async authenticate(workshopId: string, key: string): Promise<Role | null> {
    if (typeof workshopId !== 'string' || typeof key !== 'string' || !key) return null;
    const record = await this.store.getWorkshop(workshopId);
    // The same work for an unknown workshop, so the time does not tell it from a wrong key.
    return roleForKey(record?.keyHashes ?? NO_WORKSHOP, key);
  }

  get(id: string): Promise<WorkshopRecord | null> {
    return this.store.getWorkshop(id);
  }

  list(): Promise<WorkshopRecord[]> {
    return this.store.listWorkshops();
  }

  /** New keys for every role: old links and the old join code stop working. Returns the keys in clear, once. */
  async rotateKeys(id: string, keys: Record<Role, string> = generateKeys()): Promise<Record<Role, string>> {
    const keyHashes = Object.fromEntries(ROLES.map((role) => [role, hashKey(keys[role])])) as Record<Role, string>;
    await this.store.updateWorkshop(id, { keyHashes });
    await this.invites.create(id, keys);
    return keys;
  }

  /**
   * New participant and observer keys and a new join code, for a facilitator (who keeps their key): the
   * way to withdraw links that went too far, and to give a workshop made before join codes one.
   */
  async renewGuestKeys(id: string, facilitatorKey: string): Promise<{ keys: Record<Role, string>; code: JoinCode }> {
    const record = await this.store.getWorkshop(id);
    if (!record || roleForKey(record.keyHashes, facilitatorKey) !== 'facilitator') throw new Error(`not the facilitator key of workshop "${id}"`);
    const keys: Record<Role, string> = { facilitator: facilitatorKey, participant: generateKey('participant'), observer: generateKey('observer') };
    await this.store.updateWorkshop(id, {
      keyHashes: { facilitator: record.keyHashes.facilitator, participant: hashKey(keys.participant), observer: hashKey(keys.observer) },
    });
    return { keys, code: await this.invites.create(id, keys) };
  }

  /** Gives a workshop whose keys the server knows (the demo) an invite, if it has none these keys open. */
  async ensureInvite(id: string, keys: Record<Role, string>): Promise<void> {
    if (!(await this.invites.secretsFor(id, keys.facilitator))) await this.invites.create(id, keys);
  }

  /** The workshop's current document as stored (snapshot + log), or null for an unknown workshop. */
  async loadDoc(id: string): Promise<Y.Doc | null> {
    if (!(await this.store.getWorkshop(id))) return null;
    const stored = await this.store.loadDocument(id);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return doc;
  }
}
