/**
 * Findings as the publisher should meet them: one next step per problem. What a blocking finding makes
 * moot (saving, syncing or publishing a change that can't be made; resale questions that no longer
 * decide anything) is folded into it, not shown beside it; notes with nothing to do go under "Good to know".
 */
import type { Finding, FindingCode } from './finding';

export interface ArrangedFinding {
  finding: Finding;
  /** Findings this one makes moot, kept for whoever wants to read them. */
  folded: Finding[];
}

export interface ArrangedFindings {
  main: ArrangedFinding[];
  goodToKnow: Finding[];
}

const NEXT_STEPS_OF_THE_CHANGE: FindingCode[] = ['draft.unsaved', 'sync.required', 'publish.required', 'transition.resale-unknown'];

/** Per blocking finding: the findings it makes moot. */
const MOOTED_BY: Partial<Record<FindingCode, readonly FindingCode[]>> = {
  'transition.blocked-resold': NEXT_STEPS_OF_THE_CHANGE,
};

export function arrangeFindings(findings: Finding[]): ArrangedFindings {
  const blockers = findings.filter((f) => MOOTED_BY[f.code] !== undefined);
  const moot = new Map<Finding, Finding>();
  for (const blocker of blockers) {
    for (const f of findings) if (f !== blocker && !moot.has(f) && MOOTED_BY[blocker.code]!.includes(f.code)) moot.set(f, blocker);
  }
  const main: ArrangedFinding[] = [];
  const goodToKnow: Finding[] = [];
  for (const f of findings) {
    if (moot.has(f)) continue;
    // A note with a next step (choose the offer type, save, publish) stays in view.
    if (f.severity === 'info' && !f.action) goodToKnow.push(f);
    else main.push({ finding: f, folded: findings.filter((other) => moot.get(other) === f) });
  }
  return { main, goodToKnow };
}
