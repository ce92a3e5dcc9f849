/** What the server hands each page: its words, its family of controls, and the query's switches. */
import type { CatalogPartner } from '../catalog';
import type { Family } from '../kits/kit';
import type { PageWords, SimLocale, SupportOptionKey } from '../words';

interface Common {
  locale: SimLocale;
  family: Family;
  /** The portal's words, in the portal's language. */
  words: PageWords;
  params: Record<string, string>;
}

export type SimConfig =
  | (Common & { page: 'audience'; offerId: string; offerTypeText: string; catalog: CatalogPartner[] })
  | (Common & {
      page: 'support';
      step: 'request' | 'details';
      /** The form's own words: English inside a Korean portal when `formLang=en`. */
      formWords: PageWords;
      options: Record<SupportOptionKey, string[]>;
    })
  | (Common & { page: 'home' })
  | (Common & { page: 'help-pane'; formUrl: string });

export function readConfig(): SimConfig {
  return JSON.parse(document.getElementById('sim-config')?.textContent ?? '{}') as SimConfig;
}
