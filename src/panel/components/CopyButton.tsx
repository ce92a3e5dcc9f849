/** Copies a text (a tenant ID) to the clipboard, and says "Copied" beside itself for a moment. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <span class="copy">
      <button
        type="button"
        class="icon"
        aria-label={label}
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          )
        }
      >
        {t('copy')}
      </button>
      <span role="status" class="muted">
        {copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
