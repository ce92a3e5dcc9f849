/**
 * Partners out: CSV for spreadsheets (UTF-8 with BOM so Excel reads Korean, CRLF, formula cells
 * neutralised so a name like "=HYPERLINK(...)" stays text), the layout of Partner Center's
 * "Export CSPs" for importing into another offer, and the Product Ingestion API reseller shape.
 */
import Papa from 'papaparse';
import type { AudienceOption, Locale, Partner } from '../audience';
import { variants } from '../vocabulary';

/** What a list can be exported as: the panel's menu and the worker's export share it. */
export type ExportFormat = 'csv' | 'partner-center' | 'ingestion-json';

/**
 * Control characters and surrounding white space go; a cell a spreadsheet would run as a formula gets a leading apostrophe. So
 * does a cell that already starts with one, so that reading the file back (which removes one) is exact.
 * The test looks at the cell as a spreadsheet may: compatibility forms folded (NFKC turns a full-width
 * ＝ into =) and invisible format characters in front (a zero-width space) skipped.
 */
export function neutralizeCell(value: string): string {
  // Imports trim every cell, so exports do too: what is written is what will be read.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  const cleaned = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  const seen = cleaned.normalize('NFKC').replace(/^\p{Cf}+/u, '');
  return /^[=+\-@\t\r']/.test(seen) ? `'${cleaned}` : cleaned;
}

/**
 * A table as CSV the way every export here writes it: BOM, CRLF, cells neutralised, then quoted by
 * PapaParse. Its own `escapeFormulae` is not used: it looks at the raw first character only, so a
 * full-width ＝ or a zero-width space before "=" gets through, and it leaves a leading apostrophe
 * single, so reading our file back would lose one; after `neutralizeCell` it could never fire.
 */
export function tableToCsv(header: string[], rows: string[][]): string {
  const cells = [header, ...rows].map((r) => r.map(neutralizeCell));
  return `\ufeff${Papa.unparse(cells, { newline: '\r\n' })}\r\n`;
}

export function partnersToCsv(partners: Partner[]): string {
  // The "Resold" column only when the list has answers: a file a spreadsheet user reads stays lean.
  const withResale = partners.some((p) => p.resold !== undefined);
  const header = [
    'Tenant ID',
    'Partner name',
    'Country/region',
    'MPN ID',
    'Competencies',
    'Skills',
    'Notes',
    ...(withResale ? ['Resold'] : []),
  ];
  return tableToCsv(
    header,
    partners.map((p) => [
      p.tenantId,
      p.name,
      p.country ?? '',
      p.mpnId ?? '',
      (p.competencies ?? []).join('; '),
      (p.skills ?? []).join('; '),
      p.notes ?? '',
      ...(withResale ? [p.resold ?? 'unknown'] : []),
    ]),
  );
}

/**
 * The columns of the partner table, headed in the portal's language, the layout we expect its "Export
 * CSPs" to write and its import to read (the file's columns are not documented: SPEC §7).
 */
export function partnersToPartnerCenterCsv(partners: Partner[], locale: Locale = 'en'): string {
  return tableToCsv(
    (['partnerNameHeader', 'tenantIdHeader', 'countryHeader', 'mpnIdHeader'] as const).map((key) => variants(key, locale)[0]!),
    partners.map((p) => [p.name, p.tenantId, p.country ?? '', p.mpnId ?? '']),
  );
}

const CHANNEL_STATE: Record<AudienceOption, 'all' | 'some' | 'none'> = { 1: 'all', 2: 'some', 3: 'none' };

/**
 * The reseller resource of the Product Ingestion API as public client code shows it. Mapping options
 * 1/2/3 to all/some/none and partners to tenant audiences is our inference, not Microsoft's reference.
 */
export function partnersToIngestionJson(partners: Partner[], option: AudienceOption, productId: string, resellerId: string): string {
  return `${JSON.stringify(
    {
      $schema: 'https://schema.mp.microsoft.com/schema/reseller/2022-03-01-preview2',
      id: `reseller/${resellerId}`,
      product: `product/${productId}`,
      resellerChannelState: CHANNEL_STATE[option],
      audiences: option === 2 ? partners.map((p) => ({ type: 'tenant', id: p.tenantId, label: p.name })) : [],
    },
    null,
    2,
  )}\n`;
}
