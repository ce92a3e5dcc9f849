import Papa from 'papaparse';
import { decodeCsvBytes } from './src/core/csv/decode';
import { makeRowReader } from './src/core/csv/rows';
const rows = ['Partner name,Tenant ID,Country/region,MPN ID'];
for (let i = 0; i < 50000; i++) { const hex = i.toString(16).padStart(12, '0'); rows.push(`Name ${i},${hex.slice(0, 8)}-${hex.slice(8, 12)}-4000-a000-${hex},KR,1234567`); }
const csv = rows.join('\r\n');
const bytes = new TextEncoder().encode(csv);
for (let k = 0; k < 3; k++) {
  let t = performance.now(); const d = decodeCsvBytes(bytes); console.log('decode', (performance.now() - t).toFixed(1));
  t = performance.now(); const parsed = Papa.parse<string[]>((d as any).text, { skipEmptyLines: true, delimitersToGuess: [',', ';', '\t', '|'] }); console.log('papa', (performance.now() - t).toFixed(1));
  t = performance.now(); const parsed2 = Papa.parse<string[]>((d as any).text, { skipEmptyLines: true, delimiter: ',' }); console.log('papa fixed delim', (performance.now() - t).toFixed(1));
  const read = makeRowReader({ name: 0, tenantId: 1, country: 2, mpnId: 3 }, parsed.data[0]!);
  t = performance.now(); const seen = new Map(); for (let i = 1; i < parsed.data.length; i++) { const r = read(parsed.data[i]!, i + 1); if ('partner' in r) seen.set(r.partner.tenantId, i); } console.log('rows', (performance.now() - t).toFixed(1));
}
