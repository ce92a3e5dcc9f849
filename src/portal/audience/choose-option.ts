/**
 * Selects an audience option on the page as a click on its radio would (a finding's next step, such as
 * switching back to what is live), then reads the page back: done only when the page shows it selected.
 * It never saves.
 */
import type { AudienceOption } from '../../core/audience';
import { press } from '../dom/operate';
import { scanPage } from '../dom/scan-page';
import { waitFor } from '../dom/wait-for';
import { optionRadio, readAudiencePage } from './read-audience-page';

export async function chooseAudienceOption(doc: Document, option: AudienceOption, timeoutMs: number): Promise<boolean> {
  const selected = () => {
    const read = readAudiencePage(doc, doc.location.href);
    return read.ok && read.page.selectedOption === option;
  };
  if (selected()) return true;
  const radio = optionRadio(scanPage(doc), option);
  if (!radio) return false;
  press(radio);
  return (await waitFor(doc, selected, timeoutMs)) === true;
}
