/** Where the build puts the apply driver the panel injects (see vite.config.ts). */
export const APPLY_SCRIPT = 'apply-driver.js';
