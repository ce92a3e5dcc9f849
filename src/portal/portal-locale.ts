/**
 * The publisher's language on Partner Center: the locale segment of the portal's address
 * (`/ko-kr/…`), else the page's `lang`. A support form may be in English inside a Korean portal (other
 * languages' docs keep its labels in English), so this, not the form's labels, picks the request's words.
 */
import type { Locale } from '../core/audience';

export function portalLocale(doc: Document): Locale | null {
  const segment = /^\/([a-z]{2})-[a-z]{2}(?:\/|$)/i.exec(doc.location?.pathname ?? '')?.[1];
  const tag = segment ?? doc.documentElement.lang;
  if (!tag) return null;
  return tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
