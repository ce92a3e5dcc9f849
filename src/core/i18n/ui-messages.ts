/**
 * The extension's UI words, bundled at build time from the `_locales` catalogues (the manifest's
 * own words still go through chrome.i18n). Bundled, they cannot come back empty the way
 * `chrome.i18n.getMessage` does in a freshly opened page under load, and a key missing from either
 * language is a type error, not a `⟨key⟩` on screen. Each catalogue is its own chunk: a page loads
 * the one language it shows (loadCatalog) before its first render.
 */
import type en from '../../../public/_locales/en/messages.json';
import type ko from '../../../public/_locales/ko/messages.json';
import { resolveParticles } from './korean-particles';

export type UiLanguage = 'en' | 'ko';
export type MessageKey = keyof typeof en;

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type Catalog = Record<MessageKey, CatalogEntry>;
/** Korean must define every English key: a missing one fails the type-check here. */
const koreanIsComplete = (catalog: typeof ko): Catalog => catalog;
void koreanIsComplete;

const catalogs = new Map<UiLanguage, Catalog>();

/** Loads a language's words, once; a page awaits it before it shows any. */
export async function loadCatalog(language: UiLanguage): Promise<void> {
  if (catalogs.has(language)) return;
  const catalog: Catalog =
    language === 'ko'
      ? (await import('../../../public/_locales/ko/messages.json')).default
      : (await import('../../../public/_locales/en/messages.json')).default;
  catalogs.set(language, catalog);
}

export function uiLanguageOf(browserLanguage: string): UiLanguage {
  return browserLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** chrome.i18n's format: `$NAME$` names a placeholder whose content is `$1`…`$9`; `$$` is a dollar. */
export function formatMessage(entry: CatalogEntry, substitutions: string | readonly string[] = []): string {
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), positional(p.content)]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) =>
    name === undefined ? '$' : (named.get(name.toLowerCase()) ?? whole),
  );
}

export function message(language: UiLanguage, key: MessageKey, substitutions?: string | readonly string[]): string {
  const catalog = catalogs.get(language);
  if (!catalog) throw new Error(`the ${language} words are not loaded: await loadCatalog('${language}') first`);
  const text = formatMessage(catalog[key], substitutions);
  // Korean particles after a substituted word take the form that fits it ("파일을", "목록으로").
  return language === 'ko' ? resolveParticles(text) : text;
}

/** A message with a singular and a plural form: `<key>_one` and `<key>_other` (Korean gives both the same). */
type PluralBase<K> = K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
export type PluralKey = PluralBase<MessageKey>;

/**
 * A message about `count` things, in its plural form for the language (Intl.PluralRules), the count
 * written with the language's grouping ("200,000"); `rest` fills the placeholders after it.
 */
export function pluralMessage(language: UiLanguage, key: PluralKey, count: number, rest: readonly string[] = []): string {
  const form = pluralRules(language).select(count) === 'one' ? 'one' : 'other';
  return message(language, `${key}_${form}`, [formatNumber(language, count), ...rest]);
}

// Made once per language, on first use (not at load: the content script imports this module too),
// and kept: counts are worded on every keystroke of a search.
const plurals = new Map<UiLanguage, Intl.PluralRules>();
const numbers = new Map<UiLanguage, Intl.NumberFormat>();
const pluralRules = (language: UiLanguage) => plurals.get(language) ?? plurals.set(language, new Intl.PluralRules(language)).get(language)!;
const numberFormat = (language: UiLanguage) =>
  numbers.get(language) ?? numbers.set(language, new Intl.NumberFormat(language)).get(language)!;

/** A number as the language writes it ("200,000"). */
export function formatNumber(language: UiLanguage, value: number): string {
  return numberFormat(language).format(value);
}

type SnakeCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${SnakeCase<Tail>}` : S;

/** A code such as 'no-tenant-column' as it appears inside a message key, typed so the key is checked. */
export function keyPart<S extends string>(code: S): SnakeCase<S> {
  return code.replaceAll('-', '_') as SnakeCase<S>;
}
