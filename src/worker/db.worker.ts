/** Module worker that owns the extension's IndexedDB; the panel reaches it through Comlink. */
import * as Comlink from 'comlink';
import { changeNotifier } from './change-feed';
import { openDatabase } from './database';
import { OffersStore } from './offers-store';

const db = openDatabase();

const api = {
  // Proxied, so that the panel calls the store's methods in place rather than receiving a copy of it.
  offers: Comlink.proxy(new OffersStore(db, changeNotifier('offers-changed'))),
  async status(): Promise<{ lists: number }> {
    return { lists: await db.lists.count() };
  },
};

export type WorkerApi = typeof api;
Comlink.expose(api);
