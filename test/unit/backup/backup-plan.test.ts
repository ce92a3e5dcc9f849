import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../../src/core/backup-format';
import { previewRestore, restoredData } from '../../../src/core/backup-plan';

const guid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const partner = (n: number, name = `Partner ${n}`) => ({ tenantId: guid(n), name });
const list = (id: string, name: string, partners: Backup['lists'][number]['partners']) => ({
  id,
  name,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  partners,
});
const offer = (offerId: string, liveOption: 1 | 2 | 3 | null = 1, updatedAt = '2026-11-01T00:00:00.000Z') => ({
  offerId,
  liveOption,
  livePartners: [],
  unsyncedPartners: [],
  resale: {},
  updatedAt,
});
const snapshot = (offerId: string, at: string) => ({ offerId, at, published: true, selectedOption: 1 as const, tenantIds: [] });
const sighting = (offerId: string, seenAt = '2026-11-01T00:00:00.000Z') => ({
  offerId,
  seenAt,
  url: `https://partner.microsoft.com/dashboard/marketplace-offers/${offerId}`,
});
const request = (caseNumber: string, offerId = 'o1') => ({
  offerId,
  from: 2 as const,
  to: 1 as const,
  tenantIds: [],
  filedAt: 'x',
  caseNumber,
});
const backup = (content: Partial<Backup>): Backup => ({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: '2026-11-02T00:00:00.000Z',
  lists: [],
  offers: [],
  snapshots: [],
  ...content,
});
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const NOW = '2026-12-01T00:00:00.000Z';

// The case of issue #26: a backup of one list and three offers; since then two lists were added here.
const older = backup({
  lists: [list('l1', 'Korea', [partner(1), partner(2)])],
  offers: [offer('o1'), offer('o2'), offer('o3')],
  snapshots: [snapshot('o1', '2026-11-01'), snapshot('o2', '2026-11-01'), snapshot('o3', '2026-11-01')],
});
const current = backup({
  lists: [
    list('l1', 'Korea', [partner(1), partner(2)]),
    list(
      'l2',
      'Resellers',
      Array.from({ length: 28 }, (_, i) => partner(100 + i)),
    ),
    list('l3', 'Japan', [partner(3)]),
  ],
  offers: [offer('o1'), offer('o2'), offer('o3')],
  snapshots: [snapshot('o1', '2026-11-01'), snapshot('o2', '2026-11-01'), snapshot('o3', '2026-11-01')],
  sightings: [sighting('o1'), sighting('o2'), sighting('o3')],
  requests: [request('1234567890')],
});

describe('restore preview', () => {
  it('counts what the file holds against what is here, and what only here would be lost by a replace', () => {
    const preview = previewRestore(current, older);
    expect(preview.file).toEqual({ lists: 1, partners: 2, offers: 3, requests: 0 });
    expect(preview.here).toEqual({ lists: 3, partners: 31, offers: 3, requests: 1 });
    expect(preview.added).toEqual({ lists: 0, partners: 0, offers: 0, requests: 0 });
    expect(preview.conflicts).toEqual({ lists: 0, partners: 0, offers: 0, requests: 0 });
    // A file from before requests were backed up says nothing of them: they stay either way.
    expect(preview.onlyHere).toEqual({ lists: 2, partners: 29, offers: 0, requests: 0 });
  });

  it('counts every conflict: a partner, an offer, a list and a request that differ, the file winning', () => {
    const file = backup({
      lists: [list('other-id', ' korea ', [partner(1, 'Renamed'), partner(2), partner(9)])],
      offers: [offer('o1', 2), offer('o2', 1, '2030-01-01T00:00:00.000Z'), offer('o9')],
      requests: [{ ...request('1234567890'), carriedOutAt: 'y' }, request('999')],
    });
    const preview = previewRestore(current, file);
    // o2 differs only in when it was saved: no conflict.
    expect(preview.conflicts).toEqual({ lists: 1, partners: 1, offers: 1, requests: 1 });
    expect(preview.added).toEqual({ lists: 0, partners: 1, offers: 1, requests: 1 });
  });

  it('sees no conflict in a row whose keys were written in another order', () => {
    const file = backup({ lists: [list('l1', 'Korea', [{ name: 'Partner 1', tenantId: guid(1) }, partner(2)])] });
    expect(previewRestore(current, file).conflicts.partners).toBe(0);
  });
});

describe('restore: merge', () => {
  it('keeps the lists added since the backup, and where each offer is', () => {
    const data = restoredData(current, older, 'merge', ids(), NOW);
    expect(data.lists.map((l) => [l.name, l.partners.length])).toEqual([
      ['Korea', 2],
      ['Resellers', 28],
      ['Japan', 1],
    ]);
    expect(data.offers).toHaveLength(3);
    expect(data.snapshots).toHaveLength(3);
    expect(data.sightings?.map((s) => s.offerId)).toEqual(['o1', 'o2', 'o3']);
    expect(data.requests).toEqual(current.requests);
  });

  it('merges a list by name, partner by tenant ID: the file winning, new ones after, the rest kept', () => {
    const file = backup({ lists: [list('l9', 'KOREA', [partner(2, 'From file'), partner(5)])] });
    const data = restoredData(current, file, 'merge', ids(), NOW);
    const korea = data.lists.find((l) => l.id === 'l1');
    expect(korea?.partners).toEqual([partner(1), partner(2, 'From file'), partner(5)]);
    expect(korea?.updatedAt).toBe(NOW);
    expect(data.lists).toHaveLength(3);
  });

  it('adds a list of a new name beside one renamed here since, under a new ID', () => {
    const file = backup({ lists: [list('l3', 'Japan (old name)', [partner(3)])] });
    const data = restoredData(current, file, 'merge', ids(), NOW);
    expect(data.lists.map((l) => `${l.id}:${l.name}`)).toEqual(['l1:Korea', 'l2:Resellers', 'l3:Japan', 'new-1:Japan (old name)']);
  });

  it('takes the file’s offers, history and requests over the same ones here, once each', () => {
    const file = backup({
      offers: [offer('o1', 3), offer('o4')],
      snapshots: [snapshot('o1', '2026-11-01'), snapshot('o4', '2026-11-05')],
      sightings: [sighting('o4')],
      requests: [request('1234567890', 'o4')],
    });
    const data = restoredData(current, file, 'merge', ids(), NOW);
    expect(data.offers.map((o) => `${o.offerId}:${o.liveOption}`)).toEqual(['o1:3', 'o2:1', 'o3:1', 'o4:1']);
    expect(data.snapshots).toHaveLength(4);
    expect(data.sightings?.map((s) => s.offerId)).toEqual(['o4', 'o1', 'o2', 'o3']);
    expect(data.requests).toEqual([request('1234567890', 'o4')]);
  });
});

describe('restore: replace', () => {
  it('leaves the file’s content, with the address of each of its offers kept from here when the file has none', () => {
    const data = restoredData(current, older, 'replace', ids(), NOW);
    expect(data.lists.map((l) => l.name)).toEqual(['Korea']);
    expect(data.offers).toHaveLength(3);
    // The cause of offers' names opening nothing after a restore: the file had no sightings.
    expect(data.sightings?.map((s) => s.url)).toEqual(current.sightings?.map((s) => s.url));
    expect(data.requests).toEqual(current.requests);
  });

  it('replaces the requests when the file has them, and drops addresses of offers it does not hold', () => {
    const file = backup({ offers: [offer('o2')], requests: [] });
    const data = restoredData(current, file, 'replace', ids(), NOW);
    expect(data.sightings?.map((s) => s.offerId)).toEqual(['o2']);
    expect(data.requests).toEqual([]);
  });
});
