/** Unit tests word messages in both languages: both catalogues are loaded before any test runs. */
import { loadCatalog } from '../../src/core/i18n/ui-messages';

await loadCatalog('en');
await loadCatalog('ko');
