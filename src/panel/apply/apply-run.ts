/**
 * The panel's apply run, kept outside the views: the lists tool can unmount while a run goes on (the
 * page re-read mid-dialog, another tool opened) and finds the run, its progress and outcome, on return.
 * One run at a time: a panel serves one tab.
 */
import { errorText } from '../error-text';
import { useEffect, useState } from 'preact/hooks';
import type { ApplyOrder, ApplyOutcome, ApplyProgress } from '../../core/apply/apply-plan';
import type { PageTarget, TargetMismatch } from '../../core/page-target';
import { cancelApply, runApply } from './page-actions';

export type ApplyRun =
  | { step: 'idle' }
  | { step: 'running'; progress: ApplyProgress | null }
  | { step: 'done'; outcome: ApplyOutcome }
  /** The page is no longer the one the order was planned on: nothing was done. */
  | { step: 'refused'; wrongPage: TargetMismatch }
  | { step: 'failed'; message: string };

const IDLE: ApplyRun = { step: 'idle' };
let current: { key: string; tabId: number; run: ApplyRun } | null = null;
const listeners = new Set<() => void>();

function update(next: typeof current): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Progress from the driver in the panel's tab (the panel's router calls this). */
export function reportApplyProgress(progress: ApplyProgress): void {
  if (current?.run.step === 'running') update({ ...current, run: { step: 'running', progress } });
}

/** Applies `order` to the tab; `key` names what the run is for (the tab, the offer, the list). */
export async function startApply(key: string, tabId: number, order: ApplyOrder, target: PageTarget): Promise<void> {
  if (current?.run.step === 'running') return;
  update({ key, tabId, run: { step: 'running', progress: null } });
  // `npm run bench` reads the measure (apply.500.ms).
  performance.mark('csp-apply-start');
  let run: ApplyRun;
  try {
    const reply = await runApply(tabId, order, target);
    run = 'wrongPage' in reply ? { step: 'refused', wrongPage: reply.wrongPage } : { step: 'done', outcome: reply };
  } catch (error) {
    run = { step: 'failed', message: errorText(error) };
  }
  performance.measure('csp-apply', 'csp-apply-start');
  update({ key, tabId, run });
}

export function stopApply(): void {
  if (current?.run.step === 'running') void cancelApply(current.tabId).catch(() => undefined);
}

/** The run for `key`, kept current; idle when the last run was for something else. */
export function useApplyRun(key: string): ApplyRun {
  const read = () => (current?.key === key ? current.run : IDLE);
  const [run, setRun] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` is made from `key`.
  useEffect(() => {
    const listener = () => setRun(read());
    listeners.add(listener);
    listener();
    return () => void listeners.delete(listener);
  }, [key]);
  return run;
}
