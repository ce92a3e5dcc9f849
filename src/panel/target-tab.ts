/** The portal tab this panel works on: `?tabId=N` when given (panel opened per tab, or as a tab), else the active tab. */
import { ext } from '../platform/ext';

export async function resolveTargetTab(search: string): Promise<number | null> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [active] = await ext.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
