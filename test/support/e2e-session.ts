/** One simulator and one extension browser for a test file: started before its tests, closed after. */
import { afterAll, beforeAll } from 'vitest';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';

export interface Session {
  sim: Simulator;
  browser: ExtensionBrowser;
}

export function sessionPerFile(options: Omit<Parameters<typeof launchExtensionBrowser>[0], 'hostRules'> = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.sim = await startSimulator();
    session.browser = await launchExtensionBrowser({ ...options, hostRules: session.sim.hostRules });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.sim?.close();
  });
  return session;
}
