/**
 * What a restore accepts at most: far above any real use (SPEC §5 plans for 200,000 partners), and
 * low enough that a crafted file can't exhaust the worker's memory or the disk. Shared by the worker, which
 * checks the text, and the panel, which checks a file's size before reading it.
 */
export const BACKUP_LIMITS = {
  bytes: 128 * 1024 * 1024,
  /** Any one string: names, notes, IDs, dates. */
  stringLength: 10_000,
  lists: 1_000,
  partners: 500_000,
  offers: 20_000,
  snapshots: 200_000,
  /** Entries in one offer's resale answers, or tenant IDs in one list of them. */
  perOffer: 50_000,
} as const;
