/** Partners on the page and on the live list, each with the publisher's answer: has it resold the offer? */
import type { Resale } from '../../core/audience';
import type { ResaleRow } from '../../core/live-audience';
import { t } from '../i18n';
import { TenantId } from '../components/TenantId';
import { fieldId } from '../steps/field-id';

export function ResaleTable(props: { rows: ResaleRow[]; onResale: (tenantId: string, resale: Resale) => void }) {
  if (props.rows.length === 0) return null;
  return (
    <table class="grid" data-testid="resale-table">
      <caption class="visually-hidden">{t('resaleCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('partnerColumn')}</th>
          <th scope="col">{t('statusColumn')}</th>
          <th scope="col">{t('resoldColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.tenantId} data-tenant-id={row.tenantId}>
            <td>
              {row.name || row.tenantId}
              <div>
                <TenantId id={row.tenantId} />
              </div>
            </td>
            <td>{t(`partnerStatus_${row.status}`)}</td>
            <td>
              <select
                id={fieldId({ kind: 'resale', tenantId: row.tenantId })}
                aria-label={t('resoldFor', row.name || row.tenantId)}
                value={row.resale}
                onChange={(e) => props.onResale(row.tenantId, (e.currentTarget as HTMLSelectElement).value as Resale)}
              >
                <option value="unknown">{t('resaleUnknown')}</option>
                <option value="no">{t('resaleNo')}</option>
                <option value="yes">{t('resaleYes')}</option>
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
