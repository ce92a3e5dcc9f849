/** Module worker that owns the extension's IndexedDB; the panel reaches it through Comlink. */
import * as Comlink from 'comlink';
import Dexie, { type EntityTable } from 'dexie';

interface ListRecord {
  id: string;
  name: string;
}

const db = new Dexie('csp-assistant') as Dexie & { lists: EntityTable<ListRecord, 'id'> };
db.version(1).stores({ lists: 'id, name' });

const api = {
  async status(): Promise<{ lists: number }> {
    return { lists: await db.lists.count() };
  },
};

export type WorkerApi = typeof api;
Comlink.expose(api);
