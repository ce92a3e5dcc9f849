/**
 * Findings as the publisher should meet them: one next step per problem. What a finding makes moot
 * (the rules table's `folds`) is folded into it, not shown beside it; notes with nothing to do go
 * under "Good to know".
 */
import type { Finding } from './finding';
import { FINDING_RULES } from './rules-table';

export interface ArrangedFinding {
  finding: Finding;
  /** Findings this one makes moot, kept for whoever wants to read them. */
  folded: Finding[];
}

export interface ArrangedFindings {
  main: ArrangedFinding[];
  goodToKnow: Finding[];
}

export function arrangeFindings(findings: Finding[]): ArrangedFindings {
  const moot = new Map<Finding, Finding>();
  for (const folding of findings) {
    const folds = FINDING_RULES[folding.code].folds ?? [];
    for (const f of findings) if (f !== folding && !moot.has(folding) && !moot.has(f) && folds.includes(f.code)) moot.set(f, folding);
  }
  const main: ArrangedFinding[] = [];
  const goodToKnow: Finding[] = [];
  for (const f of findings) {
    if (moot.has(f)) continue;
    // A note with a next step (choose the offer type, save, publish) stays in view.
    if (f.severity === 'info' && !f.next) goodToKnow.push(f);
    else main.push({ finding: f, folded: findings.filter((other) => moot.get(other) === f) });
  }
  return { main, goodToKnow };
}
