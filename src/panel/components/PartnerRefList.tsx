/** Partners named by a request or a diff: the name over its tenant ID, at most `limit` shown. */
import type { PartnerRef } from '../../core/audience';
import { t } from '../i18n';
import { CopyButton } from './CopyButton';
import { TenantId } from './TenantId';

/** `total`: how many there are when `partners` holds only the first of them. */
export function PartnerRefList({
  partners,
  limit = 200,
  total = partners.length,
  testId,
}: {
  partners: PartnerRef[];
  limit?: number;
  total?: number | undefined;
  testId?: string | undefined;
}) {
  return (
    <ul class="plain partner-refs" data-testid={testId}>
      {partners.slice(0, limit).map((p) => (
        <li key={p.tenantId}>
          <span>{p.name || p.tenantId}</span>
          <span class="partner-refs__id">
            <TenantId id={p.tenantId} />
            <CopyButton text={p.tenantId} label={t('copyTenantId', p.name || p.tenantId)} />
          </span>
        </li>
      ))}
      {total > Math.min(limit, partners.length) ? (
        <li class="muted">{t('andMore', String(total - Math.min(limit, partners.length)))}</li>
      ) : null}
    </ul>
  );
}
