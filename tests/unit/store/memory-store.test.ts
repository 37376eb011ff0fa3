import { MemoryStore, type MemoryStoreData } from '../../../server/store/memory-store';
import { storeContract } from '../../contract/store.contract';

// The in-memory store passes the same contract as the SQLite one (tests/integration/store), so the unit
// tests of rooms and services that run on it see the behaviour of the real store.
let data: MemoryStoreData | null = null;
storeContract('MemoryStore', async () => {
  data ??= new Map();
  return {
    store: new MemoryStore(data),
    cleanup: async () => {
      data = null;
    },
  };
});
