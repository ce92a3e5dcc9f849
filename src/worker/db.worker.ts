/** Module worker that owns the extension's IndexedDB; the panel reaches it through Comlink. */
import * as Comlink from 'comlink';
import { deleteAllData, exportBackup, undoBackup, undoRestore } from './backup';
import { changeNotifier } from './change-feed';
import { openDatabase } from './database';
import { carryAssistantErrors } from './error-transfer';
import type { RestoreMode } from '../core/backup-plan';
import type { FiledRequest } from '../core/support-request/filed-request';
import { listsApi } from './lists-api';
import { OffersStore } from './offers-store';
import { offersOverview } from './offers-overview';
import { RestoreSessions } from './restore-sessions';

carryAssistantErrors();
const db = openDatabase();
const listsChanged = changeNotifier('lists-changed');
const offersChanged = changeNotifier('offers-changed');
const lists = listsApi(db, listsChanged);
const offers = new OffersStore(db, offersChanged);
const restores = new RestoreSessions(db);

/** After a restore, its undo or a wipe, which bypass the services: every panel reads again. */
async function changedAll<T>(done: Promise<T>): Promise<T> {
  const result = await done;
  lists.forgetIndexes();
  listsChanged();
  offersChanged();
  return result;
}

// Proxied, so that the panel calls the services' methods in place rather than receiving copies.
const api = {
  offers: Comlink.proxy(offers),
  overview: Comlink.proxy({ offers: () => offersOverview(db, offers, lists) }),
  lists: Comlink.proxy(lists),
  data: Comlink.proxy({
    exportBackup: (requests: FiledRequest[]) => exportBackup(db, requests),
    previewBackup: (file: Blob, requests: FiledRequest[]) => restores.preview(file, requests),
    restoreBackup: (token: string, mode: RestoreMode, requests: FiledRequest[]) => changedAll(restores.restore(token, mode, requests)),
    cancelRestore: (token: string) => restores.cancel(token),
    undoRestore: () => changedAll(undoRestore(db)),
    undoBackup: () => undoBackup(db),
    deleteAll: () => changedAll(deleteAllData(db)),
  }),
};

export type WorkerApi = typeof api;
Comlink.expose(api);
