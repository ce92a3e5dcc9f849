/**
 * The floor an import is measured against (SPEC §5): bare PapaParse and a chunked Dexie bulkPut of the
 * same rows (every column of the file, as the import keeps them), in a worker in the same browser,
 * with no validation, no preview and no UI.
 */
import Dexie from 'dexie';
import Papa from 'papaparse';

self.onmessage = async (event: MessageEvent<string>) => {
  // Opened before the clock starts, as the import's database is open before a file is picked.
  const db = new Dexie(`floor-${Math.random()}`);
  db.version(1).stores({ chunks: '[listId+chunk]' });
  await db.open();
  const started = performance.now();
  const [, ...rows] = Papa.parse<string[]>(event.data, { skipEmptyLines: true }).data;
  const chunks: { listId: string; chunk: number; partners: { name?: string; tenantId?: string; country?: string; mpnId?: string }[] }[] =
    [];
  for (let i = 0; i < rows.length; i += 1000) {
    chunks.push({
      listId: 'floor',
      chunk: i / 1000,
      partners: rows.slice(i, i + 1000).map((r) => ({ name: r[0], tenantId: r[1], country: r[2], mpnId: r[3] })),
    });
  }
  await db.transaction('rw', db.table('chunks'), async () => {
    for (let i = 0; i < chunks.length; i += 10) await db.table('chunks').bulkPut(chunks.slice(i, i + 10));
  });
  const ms = performance.now() - started;
  await db.delete();
  postMessage(ms);
};
