/** The cross-browser scenarios (scenarios/cross-browser.ts) in Chromium; firefox.test.ts runs the same in Firefox ESR. */
import { sessionPerFile } from '../support/e2e-session';
import type { ScenarioBrowser } from '../support/scenario-browser';
import { chromiumScenarioBrowser } from '../support/scenario-chromium';
import { crossBrowserScenarios } from './scenarios/cross-browser';

const session = sessionPerFile();
let browser: ScenarioBrowser | undefined;
crossBrowserScenarios(() => {
  browser ??= chromiumScenarioBrowser(session.browser);
  return { browser, sim: session.sim };
});
