/**
 * The extension's IndexedDB, through Dexie. Partners are stored packed, 2,500 to a record and in
 * columns (partner-columns.ts): one record per partner with secondary indexes writes ~80× slower
 * (SPEC §5), and search runs in memory anyway.
 * Every schema version stays declared here, with its upgrade, so that any older database opens.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { OfferFacts, OfferType, Partner } from '../core/audience';
import type { AudienceSnapshot } from '../core/snapshots';
import type { OfferSighting } from '../core/offers-overview';
import { fromColumns, toColumns, type PartnerColumns } from './partner-columns';

export const DATABASE_NAME = 'csp-assistant';
export const CHUNK_SIZE = 2500;

export interface ListRecord {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  count: number;
}

export interface PartnerChunk {
  listId: string;
  chunk: number;
  columns: PartnerColumns;
}

export interface OfferRecord extends OfferFacts {
  updatedAt: string;
}

export interface SnapshotRecord extends AudienceSnapshot {
  id?: number;
  offerId: string;
  /** As the page named it then (not indexed): lets the support tool offer "offers you have seen". */
  offerName?: string;
  offerType?: OfferType;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A list's partners as stored: 2,500 to a record, in order. */
export function toChunks(listId: string, partners: Partner[]): PartnerChunk[] {
  const chunks: PartnerChunk[] = [];
  for (let i = 0; i < partners.length; i += CHUNK_SIZE)
    chunks.push({ listId, chunk: i / CHUNK_SIZE, columns: toColumns(partners.slice(i, i + CHUNK_SIZE)) });
  return chunks;
}

/** A list's partners back from its chunks, in any order they were read. */
export function fromChunks(chunks: PartnerChunk[]): Partner[] {
  return [...chunks].sort((a, b) => a.chunk - b.chunk).flatMap((c) => fromColumns(c.columns));
}

export type AssistantDatabase = Dexie & {
  lists: EntityTable<ListRecord, 'id'>;
  partnerChunks: Table<PartnerChunk, [string, number]>;
  offers: EntityTable<OfferRecord, 'offerId'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  sightings: EntityTable<OfferSighting, 'offerId'>;
};

export function openDatabase(name = DATABASE_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): AssistantDatabase {
  const db = new Dexie(name, indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : {}) as AssistantDatabase;
  // Version 1 (0.1.0 foundation): lists only.
  db.version(1).stores({ lists: 'id, name' });
  // Version 2: partners in chunks, per-offer facts, snapshots, settings; lists get dates and counts.
  db.version(2)
    .stores({
      lists: 'id, name, updatedAt',
      partnerChunks: '[listId+chunk], listId',
      offers: 'offerId',
      snapshots: '++id, [offerId+at]',
      settings: 'key',
    })
    .upgrade(async (tx) => {
      const now = new Date().toISOString();
      await tx
        .table<ListRecord>('lists')
        .toCollection()
        .modify((list) => {
          list.createdAt ??= now;
          list.updatedAt ??= now;
          list.count ??= 0;
        });
    });
  // Version 3: where each offer was last seen (its page's address), for the offers overview.
  db.version(3).stores({ sightings: 'offerId' });
  // Version 4: a chunk's partners in columns (partner-columns.ts), not one object each.
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('partnerChunks')
        .toCollection()
        .modify((chunk: { partners?: Partner[]; columns?: PartnerColumns }) => {
          chunk.columns = toColumns(chunk.partners ?? []);
          delete chunk.partners;
        });
    });
  return db;
}
