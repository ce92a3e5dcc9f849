/**
 * What a restore would do, before it does it: the file's content against what is here, counted per
 * kind (lists, partners, offers, requests), and the data either choice leaves. Merge matches lists by
 * name and partners by tenant ID, offers by ID and requests by case number; where both hold a row and
 * they differ, the file's row wins and is counted as a conflict. Replace leaves the file's content.
 * Pure: the worker reads the database into a Backup, applies the result, and keeps the old data for undo.
 */
import type { Backup } from './backup-format';

export type RestoreMode = 'merge' | 'replace';

export interface Tally {
  lists: number;
  partners: number;
  offers: number;
  requests: number;
}

export interface RestorePreview {
  exportedAt: string;
  file: Tally;
  here: Tally;
  /** In the file and not here: added by either choice. */
  added: Tally;
  /** In both and different: the file's row wins either way. */
  conflicts: Tally;
  /** Here and not in the file: kept by a merge, removed by a replace. */
  onlyHere: Tally;
}

type BackupList = Backup['lists'][number];
type Row = object;

const listKey = (name: string) => name.trim().toLowerCase();

/** The same row whatever order its keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** When an offer's facts were saved is no difference in them. */
const offerContent = ({ updatedAt: _at, ...facts }: Backup['offers'][number]) => facts;

function keyed<T>(rows: readonly T[], key: (row: T) => string, content: (row: T) => Row = (row) => row as Row): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) if (!map.has(key(row))) map.set(key(row), canonical(content(row)));
  return map;
}

function compare(here: Map<string, string>, file: Map<string, string>): { added: number; conflicts: number; onlyHere: number } {
  let added = 0;
  let conflicts = 0;
  for (const [key, row] of file) {
    const mine = here.get(key);
    if (mine === undefined) added++;
    else if (mine !== row) conflicts++;
  }
  let onlyHere = 0;
  for (const key of here.keys()) if (!file.has(key)) onlyHere++;
  return { added, conflicts, onlyHere };
}

const partnerRows = (lists: readonly BackupList[]) =>
  keyed(
    lists.flatMap((l) => l.partners.map((p) => ({ key: `${listKey(l.name)}\u0000${p.tenantId}`, p }))),
    (r) => r.key,
    (r) => r.p,
  );

/** How much a backup holds, kind by kind. */
export function tallyOf(backup: Backup): Tally {
  return {
    lists: backup.lists.length,
    partners: backup.lists.reduce((n, l) => n + l.partners.length, 0),
    offers: backup.offers.length,
    requests: backup.requests?.length ?? 0,
  };
}

export function previewRestore(here: Backup, file: Backup): RestorePreview {
  // A list of the same name conflicts when its partners differ.
  const lists = compare(
    keyed(
      here.lists,
      (l) => listKey(l.name),
      (l) => l.partners,
    ),
    keyed(
      file.lists,
      (l) => listKey(l.name),
      (l) => l.partners,
    ),
  );
  const partners = compare(partnerRows(here.lists), partnerRows(file.lists));
  const offers = compare(
    keyed(here.offers, (o) => o.offerId, offerContent),
    keyed(file.offers, (o) => o.offerId, offerContent),
  );
  // A file from before requests were backed up says nothing about them: a replace keeps them.
  const requests = file.requests
    ? compare(
        keyed(here.requests ?? [], (r) => r.caseNumber),
        keyed(file.requests, (r) => r.caseNumber),
      )
    : { added: 0, conflicts: 0, onlyHere: 0 };
  const pick = (k: 'added' | 'conflicts' | 'onlyHere'): Tally => ({
    lists: lists[k],
    partners: partners[k],
    offers: offers[k],
    requests: requests[k],
  });
  return {
    exportedAt: file.exportedAt,
    file: tallyOf(file),
    here: tallyOf(here),
    added: pick('added'),
    conflicts: pick('conflicts'),
    onlyHere: pick('onlyHere'),
  };
}

/** Rows of both, one per key, the file's where both have one; in their first order, new ones after. */
function union<T>(here: readonly T[], file: readonly T[], key: (row: T) => string): T[] {
  const rows = new Map(here.map((row) => [key(row), row]));
  for (const row of file) rows.set(key(row), row);
  return [...rows.values()];
}

function mergeLists(here: readonly BackupList[], file: readonly BackupList[], newId: () => string, now: string): BackupList[] {
  const result = here.map((l) => ({ ...l, partners: [...l.partners] }));
  const byName = new Map<string, BackupList>();
  for (const list of result) if (!byName.has(listKey(list.name))) byName.set(listKey(list.name), list);
  const ids = new Set(result.map((l) => l.id));
  for (const list of file) {
    const target = byName.get(listKey(list.name));
    if (!target) {
      // A list renamed here since the backup keeps its ID: the file's list comes in beside it.
      const added = { ...list, id: ids.has(list.id) ? newId() : list.id, partners: [...list.partners] };
      ids.add(added.id);
      byName.set(listKey(added.name), added);
      result.push(added);
      continue;
    }
    const merged = union(target.partners, list.partners, (p) => p.tenantId);
    if (canonical(merged) !== canonical(target.partners)) {
      target.partners = merged;
      target.updatedAt = now;
    }
  }
  return result;
}

/** Where each offer's page is: the file's, and for an offer it has none for, the one known here. */
function sightingsFor(offerIds: ReadonlySet<string>, first: Backup, second: Backup): NonNullable<Backup['sightings']> {
  const seen = new Map((first.sightings ?? []).map((s) => [s.offerId, s]));
  for (const s of second.sightings ?? []) if (!seen.has(s.offerId)) seen.set(s.offerId, s);
  return [...seen.values()].filter((s) => offerIds.has(s.offerId));
}

const offersIn = (backup: Pick<Backup, 'offers' | 'snapshots'>) =>
  new Set([...backup.offers.map((o) => o.offerId), ...backup.snapshots.map((s) => s.offerId)]);

/** The data a restore leaves: `newId` names a list whose ID is taken here, `now` dates a list that changed. */
export function restoredData(here: Backup, file: Backup, mode: RestoreMode, newId: () => string, now: string): Backup {
  if (mode === 'replace') {
    return { ...file, sightings: sightingsFor(offersIn(file), file, here), requests: file.requests ?? here.requests ?? [] };
  }
  const merged = {
    lists: mergeLists(here.lists, file.lists, newId, now),
    offers: union(here.offers, file.offers, (o) => o.offerId),
    snapshots: union(here.snapshots, file.snapshots, (s) => `${s.offerId}\u0000${s.at}`),
  };
  return {
    ...file,
    ...merged,
    sightings: sightingsFor(offersIn(merged), file, here),
    requests: union(here.requests ?? [], file.requests ?? [], (r) => r.caseNumber),
  };
}
