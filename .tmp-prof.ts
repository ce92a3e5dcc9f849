import { prepareImport } from './src/worker/import-preview';
import { PartnerIndex } from './src/worker/partner-index';
import Papa from 'papaparse';
const rows = ['Partner name,Tenant ID,Country/region,MPN ID'];
for (let i = 0; i < 50000; i++) { const hex = i.toString(16).padStart(12, '0'); rows.push(`Name ${i},${hex.slice(0, 8)}-${hex.slice(8, 12)}-4000-a000-${hex},KR,1234567`); }
const csv = rows.join('\r\n');
const bytes = new TextEncoder().encode(csv);
for (let k = 0; k < 3; k++) {
let t = performance.now(); Papa.parse(csv, { skipEmptyLines: true }); console.log('papa', performance.now() - t);
t = performance.now(); Papa.parse(csv, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] }); console.log('papa greedy', performance.now() - t);
t = performance.now(); const p = prepareImport(bytes); console.log('prepare', performance.now() - t);
t = performance.now(); new PartnerIndex(p.partners); console.log('index', performance.now() - t);
}
