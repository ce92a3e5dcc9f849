/** Import a CSV: a preview with the mapping and every row error first; then one atomic commit, with progress and cancel. */
import { errorText } from '../error-text';
import * as Comlink from 'comlink';
import { useRef, useState } from 'preact/hooks';
import type { ColumnMapping, PartnerField } from '../../core/csv/columns';
import { MAX_IMPORT_BYTES } from '../../core/csv/limits';
import { keyPart } from '../../core/i18n/ui-messages';
import type { ImportPreview, ImportTarget } from '../../worker/import-sessions';
import type { ImportProgress } from '../../worker/list-storage';
import { FilePicker } from '../components/FilePicker';
import { formatNumber, t, tn } from '../i18n';
import { storage, storageFailure } from '../worker-client';

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; preview: ImportPreview; file: File; into: Into }
  | { step: 'writing'; progress: ImportProgress | null; importId: string }
  | { step: 'done'; count: number; name: string }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

/** Where an import goes: a new list named after the file (the default), or added to the list shown. */
type Into = 'new' | 'add';

const listNameOf = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

export function ImportPanel({
  current,
  primary,
  onDone,
}: {
  current: { id: string; name: string } | null;
  /** With no list yet, importing is the first thing to do: its button is the primary one. */
  primary: boolean;
  onDone: (listId: string) => void;
}) {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const targetOf = (file: File, into: Into): ImportTarget =>
    into === 'add' && current ? { listId: current.id } : { newListName: listNameOf(file.name) };

  /** Reads the file into a preview; again when the publisher changes where it goes or how its columns map. */
  async function preview(file: File, into: Into, mapping?: ColumnMapping) {
    if (state.step === 'preview') void storage().lists.cancelImport(state.preview.importId);
    setState({ step: 'reading' });
    try {
      const bytes = await file.arrayBuffer();
      const result = await storage().lists.previewImport(Comlink.transfer(bytes, [bytes]), targetOf(file, into), mapping);
      setState({ step: 'preview', preview: result, file, into });
    } catch (error) {
      setState({ step: 'failed', message: t('importFailed', [file.name, errorText(error)]) });
    }
  }

  async function onFile(file: File) {
    // User Timing marks: `npm run bench` reads them; they cost nothing otherwise.
    performance.mark('csp-import-preview-start');
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        step: 'failed',
        message: t('importFailed', [
          file.name,
          t('error_too_large', [(file.size / 1048576).toFixed(0), String(MAX_IMPORT_BYTES / 1048576)]),
        ]),
      });
      return;
    }
    await preview(file, 'new');
    performance.measure('csp-import-preview', 'csp-import-preview-start');
  }

  /** A cancel the publisher chose ends the import as a plain notice, not as an error. */
  const cancelling = useRef(false);
  const cancelWriting = (importId: string) => {
    cancelling.current = true;
    void storage().lists.cancelImport(importId);
  };

  async function commit(preview: ImportPreview) {
    cancelling.current = false;
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
      setState(cancelling.current ? { step: 'cancelled' } : { step: 'failed', message: errorText(error) });
    }
  }

  return (
    <div class="import" data-testid="import">
      <FilePicker
        label={t('importCsv')}
        accept=".csv,.txt,text/csv"
        testId="import-file"
        primary={primary}
        onFile={(file) => void onFile(file)}
        disabled={state.step === 'reading' || state.step === 'writing'}
      />
      {state.step === 'reading' ? <p role="status">{t('importReading')}</p> : null}
      {state.step === 'failed' ? (
        <p class="notice notice--error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      ) : null}
      {state.step === 'done' ? (
        <p class="notice" role="status" data-testid="import-done">
          {tn('importDone', state.count, [state.name])}
        </p>
      ) : null}
      {state.step === 'cancelled' ? (
        <p class="notice" role="status" data-testid="import-cancelled">
          {t('importCancelled')}
        </p>
      ) : null}
      {state.step === 'writing' ? (
        <div class="import-progress" role="status">
          <progress
            class="progress"
            max={state.progress?.total ?? 1}
            value={state.progress?.written ?? 0}
            aria-label={t('importWriting')}
          />
          <span data-testid="import-count">
            {state.progress ? `${formatNumber(state.progress.written)} / ${formatNumber(state.progress.total)}` : t('importWriting')}
          </span>
          <button type="button" onClick={() => cancelWriting(state.importId)}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      {state.step === 'preview' ? (
        <Preview
          preview={state.preview}
          fileName={state.file.name}
          into={state.into}
          current={current}
          onInto={(into) => void preview(state.file, into, state.preview.mapping)}
          onMapping={(mapping) => void preview(state.file, state.into, mapping)}
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

/** The fields whose column the publisher may change in the preview. */
const MAPPABLE: PartnerField[] = ['tenantId', 'name', 'country'];

function Preview(props: {
  preview: ImportPreview;
  fileName: string;
  into: Into;
  current: { id: string; name: string } | null;
  onInto: (into: Into) => void;
  onMapping: (mapping: ColumnMapping) => void;
  onCommit: (p: ImportPreview) => void;
  onCancel: () => void;
}) {
  const p = props.preview;
  const mapped = (Object.entries(p.mapping) as [PartnerField, number][])
    .filter(([field]) => !MAPPABLE.includes(field))
    .map(([field, column]) => t('importMappedColumn', [t(`column_${field}`), p.headers[column] ?? '']));
  const setColumn = (field: PartnerField, value: string) => {
    const { [field]: _old, ...rest } = p.mapping;
    props.onMapping(value === '' ? rest : { ...rest, [field]: Number(value) });
  };
  const targetName = props.into === 'add' && props.current ? props.current.name : listNameOf(props.fileName);
  return (
    <section class="preview" data-testid="import-preview" aria-label={t('importPreview')}>
      <h3>{t('importPreviewOf', props.fileName)}</h3>
      <fieldset class="import-target" data-testid="import-target">
        <legend>{t('importInto')}</legend>
        <label>
          <input type="radio" name="import-into" checked={props.into === 'new'} onChange={() => props.onInto('new')} />{' '}
          {t('importIntoNew', listNameOf(props.fileName))}
        </label>
        {props.current ? (
          <label>
            <input type="radio" name="import-into" checked={props.into === 'add'} onChange={() => props.onInto('add')} />{' '}
            {t('importIntoAdd', props.current.name)}
          </label>
        ) : null}
      </fieldset>
      <fieldset class="import-mapping" data-testid="import-mapping">
        <legend>{t(p.mappingRemembered ? 'importMappingRemembered' : 'importMapping')}</legend>
        {MAPPABLE.map((field) => (
          <label key={field} class="field">
            <span class="field__label">{t(`column_${field}`)}</span>
            <select
              value={p.mapping[field] === undefined ? '' : String(p.mapping[field])}
              onChange={(e) => setColumn(field, (e.currentTarget as HTMLSelectElement).value)}
              data-field={field}
            >
              {field === 'tenantId' ? null : <option value="">{t('importColumnNone')}</option>}
              {p.headers.map((header, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position; headers may repeat or be empty.
                <option key={index} value={String(index)}>
                  {header || t('importColumnNumber', String(index + 1))}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <p>{tn('importCounts', p.totalRows, [p.toAdd, p.toUpdate, p.unchanged, p.errorCount].map(formatNumber))}</p>
      <p class="muted">{t('importFormat', [p.encoding.toUpperCase(), p.delimiter === '\t' ? 'Tab' : p.delimiter])}</p>
      {mapped.length > 0 ? <p class="muted">{mapped.join(' · ')}</p> : null}
      {p.tenantGuessed ? <p class="notice notice--warning">{t('importTenantGuessed', p.headers[p.mapping.tenantId ?? 0] ?? '')}</p> : null}
      {p.errors.length > 0 ? (
        <details open={p.errorCount <= 10}>
          <summary>{tn('importErrors', p.errorCount)}</summary>
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
                    {e.firstRow === undefined ? null : ` (${t('errorSameAsRow', String(e.firstRow))})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <div class="button-row">
        <button type="button" class="primary" disabled={p.valid === 0} onClick={() => props.onCommit(p)} data-testid="import-commit">
          {tn('importCommitInto', p.valid, [targetName])}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
