/**
 * What the toolbar button says about the audience page of its tab, with no panel open: the change
 * can't be made as it stands (an error), or it needs a support request; nothing when the page is fine.
 */
import type { Finding } from './finding';

export type BadgeState = 'blocked' | 'needs-request' | null;

export function badgeState(findings: readonly Finding[]): BadgeState {
  if (findings.some((f) => f.severity === 'error')) return 'blocked';
  if (findings.some((f) => f.next?.kind === 'request')) return 'needs-request';
  return null;
}
