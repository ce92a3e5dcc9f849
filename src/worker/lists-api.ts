/**
 * The `lists` object the panel calls through Comlink, made of one service per job (lists, partners,
 * import sessions, export) over one shared storage. The panel calls `lists.search(…)` wherever the
 * method lives, so the jobs can be split without the panel knowing.
 */
import type { AssistantDatabase } from './database';
import { ImportSessions } from './import-sessions';
import { ListExport } from './list-export';
import { ListStorage } from './list-storage';
import { ListsService } from './lists-service';
import { PartnersService } from './partners-service';

/** A class's public members: the services' private ones share names, which would make their intersection `never`. */
type Public<T> = { [K in keyof T]: T[K] };

/** A service's methods bound to it, as own properties (Comlink and Object.assign see only those). */
function methodsOf<T extends object>(service: T): Public<T> {
  const methods: Record<string, unknown> = {};
  const prototype = Object.getPrototypeOf(service) as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const member = prototype[name];
    if (name !== 'constructor' && typeof member === 'function') methods[name] = member.bind(service);
  }
  return methods as Public<T>;
}

export type ListsApi = Public<ListsService> &
  Public<PartnersService> &
  Public<ImportSessions> &
  Public<ListExport> &
  Pick<ListStorage, 'forgetIndexes'>;

export function listsApi(db: AssistantDatabase, notify: () => void): ListsApi {
  const storage = new ListStorage(db, notify);
  return Object.assign(
    methodsOf(new ListsService(storage)),
    methodsOf(new PartnersService(storage)),
    methodsOf(new ImportSessions(storage)),
    methodsOf(new ListExport(storage)),
    { forgetIndexes: () => storage.forgetIndexes() },
  );
}
