/**
 * Is this the offer's reseller page, and in which language: by the 2020 module title ("CSP Reseller
 * audience"), or by the page's newer name ("Resell through CSPs") as a heading or as the current item
 * of the offer's left navigation. Today's page may show either, or both.
 */
import type { Locale } from '../../core/audience';
import { localeOf } from '../../core/vocabulary';
import { composedText } from '../dom/composed-tree';
import type { PageScan } from '../dom/scan-page';

export function audiencePageLocale(scan: PageScan): Locale | null {
  for (const heading of scan.headings) {
    const text = composedText(heading);
    const locale = localeOf('module', text) ?? localeOf('resellPage', text);
    if (locale) return locale;
  }
  for (const item of scan.current) {
    const locale = localeOf('resellPage', composedText(item));
    if (locale) return locale;
  }
  return null;
}

/** A heading that names the page, not the offer: it is never taken for the offer's name. */
export const namesThePage = (text: string): boolean => localeOf('module', text) !== null || localeOf('resellPage', text) !== null;
