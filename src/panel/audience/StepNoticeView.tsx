/**
 * What a finding's step did on the page, or why it could not: announced, and given focus so the result
 * is where the publisher is. Mounted anew for each step (the view clears the notice when one starts).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StepNotice } from '../steps/run-step';

export function StepNoticeView({ notice }: { notice: StepNotice }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  const error = notice.tone === 'error';
  return (
    <p
      ref={ref}
      tabIndex={-1}
      class={error ? 'notice notice--error' : 'notice'}
      role={error ? 'alert' : 'status'}
      data-testid={error ? 'page-action-error' : 'page-action-done'}
    >
      {notice.text}
    </p>
  );
}
