/** The dated records of this offer's audience, newest first, each with what changed since the one before. */
import { diffSnapshots } from '../../core/snapshots';
import type { SnapshotRecord } from '../../worker/database';
import { t, tn } from '../i18n';

function describe(newer: SnapshotRecord, older: SnapshotRecord | undefined): string {
  if (!older) return t('snapshotFirst', [String(newer.selectedOption ?? '–'), String(newer.tenantIds.length)]);
  const diff = diffSnapshots(older, newer);
  const parts: string[] = [];
  if (diff.optionChanged) parts.push(t('snapshotOption', [String(diff.optionChanged.from ?? '–'), String(diff.optionChanged.to ?? '–')]));
  if (diff.publishedChanged) parts.push(t(diff.publishedChanged.to ? 'snapshotPublished' : 'snapshotUnpublished'));
  if (diff.added.length > 0) parts.push(tn('snapshotAdded', diff.added.length));
  if (diff.removed.length > 0) parts.push(tn('snapshotRemoved', diff.removed.length));
  return parts.join(' · ');
}

export function SnapshotHistory({ snapshots }: { snapshots: SnapshotRecord[] }) {
  if (snapshots.length === 0) return null;
  return (
    <details class="history">
      <summary>{tn('historyTitle', snapshots.length)}</summary>
      <ol class="history__list" data-testid="snapshots">
        {snapshots.map((snapshot, index) => (
          <li key={snapshot.id}>
            <time dateTime={snapshot.at}>{new Date(snapshot.at).toLocaleString()}</time> — {describe(snapshot, snapshots[index + 1])}
          </li>
        ))}
      </ol>
    </details>
  );
}
