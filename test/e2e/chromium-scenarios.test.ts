/** The cross-browser scenarios (scenarios/cross-browser.ts) in Chromium; firefox.test.ts runs the same in Firefox ESR. */
import { useSession } from '../support/e2e-session';
import type { ScenarioBrowser } from '../support/scenario-browser';
import { chromiumScenarioBrowser } from '../support/scenario-chromium';
import { crossBrowserScenarios } from './scenarios/cross-browser';

const session = useSession();
let browser: ScenarioBrowser | undefined;
crossBrowserScenarios(() => ({ browser: (browser ??= chromiumScenarioBrowser(session.browser)), sim: session.sim }));
