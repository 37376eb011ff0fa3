import { MemoryStore, type MemoryStoreData } from '../../../server/store/memory-store';
import { inviteStoreContract } from '../../contract/invite-store.contract';

// The in-memory store keeps invites as the SQLite one does (tests/integration/store/sqlite-invites.test.ts).
let data: MemoryStoreData | null = null;
inviteStoreContract('MemoryStore', async () => {
  data ??= new Map();
  return {
    store: new MemoryStore(data),
    cleanup: async () => {
      data = null;
    },
  };
});
