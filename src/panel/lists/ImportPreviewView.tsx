/** The preview of an import: where it goes, how the columns map, what it would add and change, its row errors. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ColumnMapping, PartnerField } from '../../core/csv/columns';
import type { ImportPreview } from '../../worker/import-sessions';
import { formatNumber, t, tn } from '../i18n';
import { ImportMapping, ImportTargetChoice, MAPPABLE } from './ImportChoices';
import { ImportErrors } from './ImportErrors';
import { listNameOf, type Into } from './use-import-flow';

export function ImportPreviewView(props: {
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
  // The preview is the next step once a file is picked: the keyboard is brought to it, and a screen reader reads its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const mapped = (Object.entries(p.mapping) as [PartnerField, number][])
    .filter(([field]) => !MAPPABLE.includes(field))
    .map(([field, column]) => `${t(`column_${field}`)} ← “${p.headers[column] ?? ''}”`);
  const targetName = props.into === 'add' && props.current ? props.current.name : listNameOf(props.fileName);
  return (
    <section class="preview" data-testid="import-preview" aria-label={t('importPreview')}>
      <h3 ref={heading} tabIndex={-1}>
        {t('importPreviewOf', props.fileName)}
      </h3>
      <ImportTargetChoice fileName={props.fileName} into={props.into} current={props.current} onInto={props.onInto} />
      <ImportMapping preview={p} onMapping={props.onMapping} />
      <p>{tn('importCounts', p.totalRows, [p.toAdd, p.toUpdate, p.unchanged, p.errorCount].map(formatNumber))}</p>
      <p class="muted">{t('importFormat', [p.encoding.toUpperCase(), p.delimiter === '\t' ? 'Tab' : p.delimiter])}</p>
      {mapped.length > 0 ? <p class="muted">{mapped.join(' · ')}</p> : null}
      {p.tenantGuessed ? <p class="notice notice--warning">{t('importTenantGuessed', p.headers[p.mapping.tenantId ?? 0] ?? '')}</p> : null}
      {p.errors.length > 0 ? <ImportErrors errors={p.errors} errorCount={p.errorCount} /> : null}
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
