/** Import a CSV: a preview with the mapping and every row error first; then one atomic commit, with progress and cancel. */
import * as Comlink from 'comlink';
import { useState } from 'preact/hooks';
import type { PartnerField } from '../../core/csv/columns';
import { isImportErrorCode, MAX_IMPORT_BYTES } from '../../core/csv/limits';
import { keyPart } from '../../core/i18n/ui-messages';
import type { ImportPreview, ImportProgress, ImportTarget } from '../../worker/lists-service';
import { FilePicker } from '../components/FilePicker';
import { t } from '../i18n';
import { storage, storageFailure } from '../worker-client';

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; preview: ImportPreview; fileName: string }
  | { step: 'writing'; progress: ImportProgress | null; importId: string }
  | { step: 'done'; count: number; name: string }
  | { step: 'failed'; message: string };

/** The worker's import errors carry their code in the name, so they can be said in the panel's language. */
function describeImportError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = /^ImportError:([a-z-]+)$/.exec(error.name)?.[1];
  return code && code !== 'too-large' && isImportErrorCode(code) ? t(`importError_${keyPart(code)}`) : error.message;
}

export function ImportPanel({ target, onDone }: { target: (fileName: string) => ImportTarget; onDone: (listId: string) => void }) {
  const [state, setState] = useState<Step>({ step: 'idle' });

  async function onFile(file: File) {
    // User Timing marks: `npm run bench` reads them; they cost nothing otherwise.
    performance.mark('csp-import-preview-start');
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        step: 'failed',
        message: t('importFailed', [
          file.name,
          t('importError_too_large', [(file.size / 1048576).toFixed(0), String(MAX_IMPORT_BYTES / 1048576)]),
        ]),
      });
      return;
    }
    setState({ step: 'reading' });
    try {
      const bytes = await file.arrayBuffer();
      const preview = await storage().lists.previewImport(Comlink.transfer(bytes, [bytes]), target(file.name));
      setState({ step: 'preview', preview, fileName: file.name });
      performance.measure('csp-import-preview', 'csp-import-preview-start');
    } catch (error) {
      setState({ step: 'failed', message: t('importFailed', [file.name, describeImportError(error)]) });
    }
  }

  async function commit(preview: ImportPreview) {
    performance.mark('csp-import-commit-start');
    setState({ step: 'writing', progress: null, importId: preview.importId });
    // Progress messages already on their way may arrive after the end: they must not undo it.
    let settled = false;
    const onProgress = (progress: ImportProgress) => {
      if (!settled) setState({ step: 'writing', progress, importId: preview.importId });
    };
    try {
      const list = await Promise.race([
        storage().lists.commitImport(preview.importId, Comlink.proxy(onProgress)),
        storageFailure().catch(() => Promise.reject(new Error(t('importWorkerFailed')))),
      ]);
      settled = true;
      setState({ step: 'done', count: list.count, name: list.name });
      performance.measure('csp-import-commit', 'csp-import-commit-start');
      onDone(list.id);
    } catch (error) {
      settled = true;
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div class="import" data-testid="import">
      <FilePicker label={t('importCsv')} accept=".csv,.txt,text/csv" testId="import-file" onFile={(file) => void onFile(file)} />
      {state.step === 'reading' ? <p role="status">{t('importReading')}</p> : null}
      {state.step === 'failed' ? (
        <p class="notice notice--error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      ) : null}
      {state.step === 'done' ? (
        <p class="notice" role="status" data-testid="import-done">
          {t('importDone', [String(state.count), state.name])}
        </p>
      ) : null}
      {state.step === 'writing' ? (
        <div role="status">
          <progress
            class="progress"
            max={state.progress?.total ?? 1}
            value={state.progress?.written ?? 0}
            aria-label={t('importWriting')}
          />
          <button type="button" onClick={() => void storage().lists.cancelImport(state.importId)}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      {state.step === 'preview' ? (
        <Preview
          preview={state.preview}
          fileName={state.fileName}
          onCommit={commit}
          onCancel={() => {
            void storage().lists.cancelImport(state.preview.importId);
            setState({ step: 'idle' });
          }}
        />
      ) : null}
    </div>
  );
}

function Preview(props: { preview: ImportPreview; fileName: string; onCommit: (p: ImportPreview) => void; onCancel: () => void }) {
  const p = props.preview;
  const mapped = (Object.entries(p.mapping) as [PartnerField, number][]).map(
    ([field, column]) => `${t(`column_${field}`)} ← “${p.headers[column] ?? ''}”`,
  );
  return (
    <section class="preview" data-testid="import-preview" aria-label={t('importPreview')}>
      <h3>{t('importPreviewOf', props.fileName)}</h3>
      <p>{t('importCounts', [String(p.totalRows), String(p.toAdd), String(p.toUpdate), String(p.unchanged), String(p.errorCount)])}</p>
      <p class="muted">{t('importFormat', [p.encoding.toUpperCase(), p.delimiter === '\t' ? 'Tab' : p.delimiter])}</p>
      <p class="muted">{mapped.join(' · ')}</p>
      {p.tenantGuessed ? <p class="notice notice--warning">{t('importTenantGuessed', p.headers[p.mapping.tenantId ?? 0] ?? '')}</p> : null}
      {p.errors.length > 0 ? (
        <details open={p.errorCount <= 10}>
          <summary>{t('importErrors', String(p.errorCount))}</summary>
          <table class="grid" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col">{t('errorRow')}</th>
                <th scope="col">{t('errorColumn')}</th>
                <th scope="col">{t('errorReason')}</th>
              </tr>
            </thead>
            <tbody>
              {p.errors.map((e) => (
                <tr key={`${e.row}-${e.column}`}>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td>
                    {t(`reason_${keyPart(e.reason)}`)} <span class="mono">{e.value}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <div class="button-row">
        <button type="button" class="primary" disabled={p.valid === 0} onClick={() => props.onCommit(p)} data-testid="import-commit">
          {t('importCommit', String(p.valid))}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
