/**
 * Whether the browser keeps the extension's data under disk pressure, and how much it uses. The panel
 * asks for persistent storage once: without it, the browser may evict the lists when space runs low.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLocale } from '../i18n';

interface Status {
  persisted: boolean;
  usage: number | null;
}

async function readStatus(): Promise<Status> {
  const [persisted, estimate] = await Promise.all([navigator.storage.persisted(), navigator.storage.estimate()]);
  return { persisted, usage: estimate.usage ?? null };
}

const megabytes = (bytes: number) =>
  new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);

export function StorageStatus() {
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void readStatus().then(
        (next) => live && setStatus(next),
        () => undefined,
      );
    refresh();
    // Asked for, not awaited: a browser may answer only after asking the user (Firefox), or never.
    void navigator.storage.persist().then(
      (granted) => granted && refresh(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!status) return null;
  return (
    <p class="muted" data-testid="storage-persistence" data-persisted={String(status.persisted)}>
      {t(status.persisted ? 'storagePersistent' : 'storageNotPersistent')}
      {status.usage === null ? null : ` · ${t('storageUsed', megabytes(status.usage))}`}
    </p>
  );
}
