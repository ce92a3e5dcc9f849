/** A saved list written out: CSV for spreadsheets, Partner Center's layout, or the Product Ingestion API's JSON. */
import type { AudienceOption, Locale } from '../core/audience';
import { partnersToCsv, partnersToIngestionJson, partnersToPartnerCenterCsv, type ExportFormat } from '../core/csv/export';
import { newId, type ListStorage } from './list-storage';

export class ListExport {
  constructor(private readonly storage: ListStorage) {}

  /** `locale` is the portal's language: Partner Center's layout is headed in it. */
  async exportList(
    listId: string,
    format: ExportFormat,
    locale: Locale = 'en',
    option: AudienceOption = 2,
    productId = '',
  ): Promise<string> {
    await this.storage.requireList(listId);
    const partners = await this.storage.partners(listId);
    if (format === 'csv') return partnersToCsv(partners);
    if (format === 'partner-center') return partnersToPartnerCenterCsv(partners, locale);
    return partnersToIngestionJson(partners, option, productId || '00000000-0000-0000-0000-000000000000', newId());
  }
}
