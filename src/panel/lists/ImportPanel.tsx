/** Import a CSV: a preview with the mapping and every row error first; then one atomic commit, with progress and cancel. */
import { FilePicker } from '../components/FilePicker';
import { t } from '../i18n';
import { ImportNotices, ImportWriting } from './ImportNotices';
import { ImportPreviewView } from './ImportPreviewView';
import { useImportFlow } from './use-import-flow';

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
  const flow = useImportFlow(current, onDone);
  const { state } = flow;
  return (
    <div class="import" data-testid="import">
      <FilePicker
        label={t('importCsv')}
        accept=".csv,.txt,text/csv"
        testId="import-file"
        primary={primary}
        onFile={(file) => void flow.pick(file)}
        disabled={state.step === 'reading' || state.step === 'writing'}
      />
      <ImportNotices state={state} />
      {state.step === 'writing' ? <ImportWriting progress={state.progress} onCancel={() => flow.cancelWriting(state.importId)} /> : null}
      {state.step === 'preview' ? (
        <ImportPreviewView
          preview={state.preview}
          fileName={state.file.name}
          into={state.into}
          current={current}
          onInto={(into) => void flow.remap(state, into, state.preview.mapping)}
          onMapping={(mapping) => void flow.remap(state, state.into, mapping)}
          onCommit={(ready) => void flow.commit(ready)}
          onCancel={() => flow.dropPreview(state.preview.importId)}
        />
      ) : null}
    </div>
  );
}
