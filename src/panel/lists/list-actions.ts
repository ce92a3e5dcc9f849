/** What the lists tool's controls do: the worker does the work, the tool shows the outcome its own way. */
import type { AudiencePage, Locale } from '../../core/audience';
import type { ExportFormat } from '../../core/csv/export';
import { checkPagePartners } from '../../core/rules/page-partners';
import type { ListRecord } from '../../worker/database';
import { t } from '../i18n';
import { storage } from '../worker-client';
import { download, safeFileName } from './download';
import type { ListActions } from './ListMenu';

export interface ListTool {
  /** Runs an action, its failure said in the tool. */
  run: (action: () => Promise<unknown>) => void;
  select: (listId: string | null) => void;
  say: (done: string) => void;
  deleted: (undo: { token: string; name: string }) => void;
  /** The portal's language: Partner Center's layout is headed in it. */
  locale: Locale;
}

/** Writes the list out as a download; its file name, for the notice. */
async function exportList(list: ListRecord, format: ExportFormat, locale: Locale): Promise<string> {
  const text = await storage().lists.exportList(list.id, format, locale);
  const base = safeFileName(list.name);
  const fileName =
    format === 'ingestion-json' ? `${base}-reseller.json` : `${base}${format === 'partner-center' ? '-partner-center' : ''}.csv`;
  download(fileName, text, format === 'ingestion-json' ? 'application/json' : 'text/csv;charset=utf-8');
  return fileName;
}

export function listActions(list: ListRecord, tool: ListTool): ListActions {
  const { run, select, say } = tool;
  return {
    rename: (name) => run(() => storage().lists.renameList(list.id, name)),
    duplicate: () => run(async () => select((await storage().lists.duplicateList(list.id, t('copyOf', list.name))).id)),
    mergeInto: (targetId) =>
      run(async () => {
        const target = await storage().lists.mergeListInto(list.id, targetId);
        select(target.id);
        say(t('mergedInto', [list.name, target.name]));
      }),
    exportAs: (format) => run(async () => say(t('exported', await exportList(list, format, tool.locale)))),
    remove: () =>
      run(async () => {
        const { undoToken } = await storage().lists.deleteList(list.id);
        tool.deleted({ token: undoToken, name: list.name });
        select(null);
      }),
  };
}

/** The partner table on the page beside the panel, saved as a new list named after the offer. */
export async function saveFromPage(source: AudiencePage): Promise<ListRecord> {
  return storage().lists.createList(t('listFromPage', source.offerName), checkPagePartners(source.partners).partners);
}
