/** Module worker that owns the extension's IndexedDB; the panel reaches it through Comlink. */
import * as Comlink from 'comlink';
import { deleteAllData, exportBackup, restoreBackup } from './backup';
import { changeNotifier } from './change-feed';
import { openDatabase } from './database';
import { ListsService } from './lists-service';
import { OffersStore } from './offers-store';
import { offersOverview } from './offers-overview';

const db = openDatabase();
const listsChanged = changeNotifier('lists-changed');
const offersChanged = changeNotifier('offers-changed');
const lists = new ListsService(db, listsChanged);
const offers = new OffersStore(db, offersChanged);

// Proxied, so that the panel calls the services' methods in place rather than receiving copies.
const api = {
  offers: Comlink.proxy(offers),
  overview: Comlink.proxy({ offers: () => offersOverview(db, offers, lists) }),
  lists: Comlink.proxy(lists),
  data: Comlink.proxy({
    exportBackup: () => exportBackup(db),
    async restoreBackup(text: string) {
      const counts = await restoreBackup(db, text);
      lists.forgetIndexes();
      listsChanged();
      offersChanged();
      return counts;
    },
    async deleteAll() {
      await deleteAllData(db);
      lists.forgetIndexes();
      listsChanged();
      offersChanged();
    },
  }),
};

export type WorkerApi = typeof api;
Comlink.expose(api);
