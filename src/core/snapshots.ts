/** What changed between two dated records of an offer's audience. */
import type { AudienceOption } from './audience';

export interface AudienceSnapshot {
  at: string;
  published: boolean;
  selectedOption: AudienceOption | null;
  tenantIds: string[];
}

export interface SnapshotDiff {
  optionChanged?: { from: AudienceOption | null; to: AudienceOption | null };
  publishedChanged?: { from: boolean; to: boolean };
  added: string[];
  removed: string[];
}

export function diffSnapshots(older: AudienceSnapshot, newer: AudienceSnapshot): SnapshotDiff {
  const before = new Set(older.tenantIds);
  const after = new Set(newer.tenantIds);
  const diff: SnapshotDiff = {
    added: newer.tenantIds.filter((id) => !before.has(id)),
    removed: older.tenantIds.filter((id) => !after.has(id)),
  };
  if (older.selectedOption !== newer.selectedOption) diff.optionChanged = { from: older.selectedOption, to: newer.selectedOption };
  if (older.published !== newer.published) diff.publishedChanged = { from: older.published, to: newer.published };
  return diff;
}
