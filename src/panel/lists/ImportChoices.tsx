/** The publisher's choices in an import's preview: which list it goes into, and which column holds what. */
import type { ColumnMapping, PartnerField } from '../../core/csv/columns';
import type { ImportPreview } from '../../worker/import-sessions';
import { t } from '../i18n';
import { listNameOf, type Into } from './use-import-flow';

/** The fields whose column the publisher may change in the preview. */
export const MAPPABLE: PartnerField[] = ['tenantId', 'name', 'country'];

export function ImportTargetChoice(props: {
  fileName: string;
  into: Into;
  current: { id: string; name: string } | null;
  onInto: (into: Into) => void;
}) {
  return (
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
  );
}

export function ImportMapping({ preview: p, onMapping }: { preview: ImportPreview; onMapping: (mapping: ColumnMapping) => void }) {
  const setColumn = (field: PartnerField, value: string) => {
    const { [field]: _old, ...rest } = p.mapping;
    onMapping(value === '' ? rest : { ...rest, [field]: Number(value) });
  };
  return (
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
  );
}
