/**
 * Reads the simulated portal's controls the way a user (and Playwright's role engine) sees them,
 * whatever family renders them: native, ARIA, Fluent UI or web components with shadow roots.
 */
import type { Locator, Page } from 'playwright-core';

/** The text a control shows: a select's chosen option, an input's value, or a combobox's shown text. */
export function shownValue(control: Locator): Promise<string> {
  return control.evaluate((el) => {
    if (el instanceof HTMLSelectElement) return el.value === '' ? '' : (el.selectedOptions[0]?.textContent ?? '').trim();
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
    // Fluent names its current text as the last element of aria-labelledby.
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const shown = ids.length > 1 ? (el.getRootNode() as Document).getElementById(ids[ids.length - 1]!) : el;
    return (shown?.textContent ?? '').trim();
  });
}

const startsWith = (label: string) => new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]+')}`);

export function textbox(page: Page, label: string): Locator {
  return page.getByRole('textbox', { name: startsWith(label) });
}

export function combobox(page: Page, label: string): Locator {
  return page.getByRole('combobox', { name: startsWith(label) });
}

/** A text field's value once the page re-rendered it from its own state (after a click elsewhere). */
export async function settledText(page: Page, label: string): Promise<string> {
  await page.getByRole('heading', { level: 1 }).click();
  return textbox(page, label).inputValue();
}

/** Chooses an option as a user would: a native select by its label, any other combobox by opening it and clicking the option. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const control = combobox(page, label);
  if (await control.evaluate((el) => el.tagName === 'SELECT')) {
    await control.selectOption({ label: option });
    return;
  }
  await control.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
