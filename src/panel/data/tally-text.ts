/** Counts of a restore in words: "2 lists, 29 partners" (목록 2개, 파트너 29곳), kinds with none left out. */
import type { Tally } from '../../core/backup-plan';
import { t, tn } from '../i18n';

/** Each kind a restore counts: its count's words, and its row's name in the preview. */
export const TALLY_KINDS = [
  { kind: 'lists', count: 'countLists', row: 'restoreRowLists' },
  { kind: 'partners', count: 'countPartners', row: 'restoreRowPartners' },
  { kind: 'offers', count: 'countOffers', row: 'restoreRowOffers' },
  { kind: 'requests', count: 'countRequests', row: 'restoreRowRequests' },
] as const;

export function tallyText(tally: Tally): string {
  const parts = TALLY_KINDS.filter(({ kind }) => tally[kind] > 0).map(({ kind, count }) => tn(count, tally[kind]));
  return parts.length > 0 ? parts.join(', ') : t('restoreNothing');
}

export const isEmpty = (tally: Tally) => TALLY_KINDS.every(({ kind }) => tally[kind] === 0);
