/** Partner Center's origin, and the mark on what the assistant itself puts on its pages: one place for both. */
export const PORTAL_ORIGIN = 'https://partner.microsoft.com';

export function isPortalUrl(url: string | undefined): boolean {
  return url?.startsWith(`${PORTAL_ORIGIN}/`) === true;
}

export const ASSISTANT_ATTRIBUTE = 'data-csp-assistant';
/** Matches the assistant's own elements, which every reading of the page leaves out. */
export const ASSISTANT_SELECTOR = `[${ASSISTANT_ATTRIBUTE}]`;
