/** An import's row errors: row, column and reason, the first ones of the file; open when there are few. */
import { keyPart } from '../../core/i18n/ui-messages';
import type { RowError } from '../../core/csv/rows';
import { t, tn } from '../i18n';

export function ImportErrors({ errors, errorCount }: { errors: RowError[]; errorCount: number }) {
  return (
    <details open={errorCount <= 10}>
      <summary>{tn('importErrors', errorCount)}</summary>
      <table class="grid" data-testid="import-errors">
        <thead>
          <tr>
            <th scope="col">{t('errorRow')}</th>
            <th scope="col">{t('errorColumn')}</th>
            <th scope="col">{t('errorReason')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e) => (
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
  );
}
