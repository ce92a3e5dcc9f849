/** The CSV every import measurement reads: `rows` partners in the layout of Partner Center's "Export CSPs", CRLF. */
import { buildCatalog } from '../../test/simulator/catalog';

export function generateCsv(rows: number): string {
  const catalog = buildCatalog(1000, 99);
  const lines = ['Partner name,Tenant ID,Country/region,MPN ID'];
  for (let i = 0; i < rows; i++) {
    const p = catalog[i % catalog.length]!;
    const hex = i.toString(16).padStart(12, '0');
    lines.push(`${p.name} ${i},${hex.slice(0, 8)}-${hex.slice(8, 12)}-4000-a000-${hex},${p.country},${p.mpnId}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
