/**
 * What a page capture keeps, shown before it is saved: the file is for a public bug report, so the
 * publisher reads the words it keeps (everything else is replaced) and confirms, or cancels.
 * Focus moves here when it opens; Escape cancels.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { CaptureSummary } from '../../core/portal-page';
import { formatNumber, t } from '../i18n';

export function CaptureReview({ summary, onSave, onCancel }: { summary: CaptureSummary; onSave: () => void; onCancel: () => void }) {
  const id = useId();
  const region = useRef<HTMLElement>(null);
  // Before the browser paints, not a frame later: a key pressed as the review appears lands in it (and a
  // render outside an act(), as when this lazy part arrives, has its focus at once).
  useLayoutEffect(() => region.current?.focus(), []);

  return (
    <section
      ref={region}
      class="preview"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-testid="capture-review"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{t('captureReviewTitle')}</h3>
      <p>{t('captureReviewCounts', [formatNumber(summary.kept), formatNumber(summary.replaced)])}</p>
      {summary.words.length > 0 ? (
        <>
          <p id={`${id}-words`}>{t('captureReviewWords')}</p>
          <ul
            class="plain capture__words"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard (axe: scrollable-region-focusable).
            tabIndex={0}
            aria-labelledby={`${id}-words`}
            data-testid="capture-words"
          >
            {summary.words.map((word) => (
              <li key={word}>{word}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t('captureNoWords')}</p>
      )}
      <div class="button-row">
        <button type="button" class="primary" onClick={onSave}>
          {t('captureConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
