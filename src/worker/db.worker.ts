/** Module worker that owns the extension's IndexedDB; the panel reaches it through Comlink. */
import * as Comlink from 'comlink';
import { changeNotifier } from './change-feed';
import { openDatabase } from './database';
import { ListsService } from './lists-service';
import { OffersStore } from './offers-store';

const db = openDatabase();

// Proxied, so that the panel calls the services' methods in place rather than receiving copies.
const api = {
  offers: Comlink.proxy(new OffersStore(db, changeNotifier('offers-changed'))),
  lists: Comlink.proxy(new ListsService(db, changeNotifier('lists-changed'))),
};

export type WorkerApi = typeof api;
Comlink.expose(api);
