/** Where the build puts the page-actions driver the panel injects (see vite.config.ts). */
export const PAGE_ACTIONS_SCRIPT = 'page-actions.js';
