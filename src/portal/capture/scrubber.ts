/**
 * One capture's decisions: which texts are kept as the portal's words and which are replaced by
 * their shape, how an ID reference, a piece of the page's code, an address or a style sheet is
 * written. It learns the page's data (cells, field values, selected values, the header, the title,
 * and the caller's private strings) while the page is walked, and decides only once it knows all of
 * it: a label that repeats a partner's name is replaced, wherever on the page that name stands.
 */
import { offerTypeFromLabelledValue } from '../../core/offer-type';
import { matches, VOCABULARY } from '../../core/vocabulary';
import { PORTAL_ORIGIN } from '../portal-constants';
import { FakeGuids, HAS_GUID } from './placeholders';
import type { Group } from './positions';

/** For comparing texts: compatibility forms, invisible characters and every kind of space folded, lower case. */
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const portalKey = (folded: string) => folded.replace(/\s*[*:：]+$/u, '');
let portalWords: Set<string> | undefined;
/**
 * A whole text that is one of the portal's words in the vocabulary (en or ko), kept wherever it
 * stands; a trailing `*` or `:` aside, as the page readers match them. Given folded, as it is called
 * for every text of a page.
 */
function isPortalWord(folded: string): boolean {
  portalWords ??= new Set(Object.values(VOCABULARY).flatMap((entry) => [...entry.en, ...entry.ko].map((word) => portalKey(fold(word)))));
  return portalWords.has(portalKey(folded));
}

/** What no kept text may hold: an e-mail address (also %40-encoded), an address, a phone-like number (4 digits or more). */
const RISKY = /@|%40|:\/\/|www\.|\p{N}(?:[\s().+\-/]*\p{N}){3,}|[\p{L}\p{N}]\.\p{L}{2,}/u;
/** Where one data text holds several (a name and its country, "Offer | Partner Center"). */
const SEPARATORS = /\s[|·•–—-]\s|[,;()[\]{}<>"'|/\\\n]/;
/** "Offer ID: value" in one text: the label may be kept, the value is judged on its own. */
const LABELLED = /^(\s*)([^:：]{1,60}?)(\s*[:：]\s*)([\s\S]*)$/;
const ROUTE_WORD = /^[a-z]+(?:-[a-z]+)*$/;
/** Path segments after these name one thing (`/offers/<product id>`): never route words. */
const NAMES_NEXT = /^(?:offers|plans|products)$/;
const PORTAL_HOST = new URL(PORTAL_ORIGIN).host;

/** Long enough to name something: 3 characters, or 2 outside ASCII (a Korean name such as 김연). */
const meaningful = (value: string) => value.length >= 3 || (value.length === 2 && /[^\x20-\x7e]/.test(value));
const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

export class Scrubber {
  readonly guids = new FakeGuids();
  readonly counts = { kept: 0, replaced: 0, removed: 0, handlers: 0, addresses: 0, comments: 0, frames: 0, references: 0 };
  /** The kept texts, whitespace folded, each once, in page order. */
  readonly words = new Set<string>();
  private readonly data = new Set<string>();
  private readonly plain = new Set<string>();
  /** The same texts as words between spaces (` fabrikam korea `), by their first word: code is searched for them word by word. */
  private readonly dataByFirstWord = new Map<string, string[]>();
  private readonly references = new Map<string, string>();

  constructor(privateStrings: readonly string[]) {
    for (const text of privateStrings) this.addData(text);
  }

  /** A text of the page's data: no kept text may contain it, nor any meaningful part of it (split at commas, brackets, " | "…). */
  addData(text: string): void {
    const whole = fold(text);
    for (const part of [whole, ...whole.split(SEPARATORS)]) {
      const value = part.trim();
      if (!meaningful(value) || this.data.has(value) || isPortalWord(value)) continue;
      this.data.add(value);
      const words = wordsOf(value);
      if (!words[0]) continue;
      const spaced = ` ${words.join(' ')} `;
      const same = this.dataByFirstWord.get(words[0]);
      if (same) same.push(spaced);
      else this.dataByFirstWord.set(words[0], [spaced]);
    }
  }

  /**
   * A text outside any word position (a paragraph, a link, a navigation title): replaced where it
   * stands, and a word position that says exactly the same is not taken for a portal word either (a
   * navigation's aria-label naming the offer shown beside it as plain text).
   */
  addPlain(text: string): void {
    const folded = fold(text);
    if (meaningful(folded) && !isPortalWord(folded)) this.plain.add(folded);
  }

  /** May this text be kept, where it stands as a portal word? */
  private keepable(text: string): boolean {
    const folded = fold(text);
    if (RISKY.test(folded) || HAS_GUID.test(folded) || this.plain.has(folded)) return false;
    for (const value of this.data) if (folded.includes(value)) return false;
    return true;
  }

  /** A word element's texts are kept together or not at all (each may still be a portal word on its own). */
  private groupKept(group: Group): boolean {
    if (group.kept === undefined) {
      const whole = group.texts.join('');
      group.kept = isPortalWord(fold(whole)) || this.keepable(whole);
    }
    return group.kept;
  }

  /** Keeps a text; `word` is what the summary lists (a word element's whole text, not each of its pieces). */
  private keep(text: string, word = text): string {
    this.counts.kept++;
    this.words.add(word.replace(/\s+/g, ' ').trim());
    return text;
  }

  private replace(text: string): string {
    this.counts.replaced++;
    return this.guids.shape(text);
  }

  /**
   * A text node's or a content attribute's text. "Label: value" with a portal label keeps the label
   * and judges the value on its own, wherever it stands; else the text is kept when its word group
   * may be kept or when it is a portal word itself; anything else becomes its shape.
   */
  text(text: string, group: Group | null): string {
    if (!/[\p{L}\p{N}]/u.test(text)) return text;
    const labelled = LABELLED.exec(text);
    if (labelled && isPortalWord(fold(labelled[2]!))) {
      const [, lead, label, colon, value] = labelled as unknown as [string, string, string, string, string];
      this.words.add(label.trim());
      // An offer type is a portal word even when the page words it its own way ("Azure Virtual Machine (BYOL)").
      const typeWord = matches('offerTypeLabel', label) && offerTypeFromLabelledValue(value) !== 'unknown' && this.keepable(value);
      return lead + label + colon + (isPortalWord(fold(value)) || typeWord ? this.keep(value) : this.replace(value));
    }
    if (group && this.groupKept(group)) return this.keep(text, group.texts.join(''));
    return isPortalWord(fold(text)) ? this.keep(text) : this.replace(text);
  }

  /** Is this piece of code free of data (`row-fabrikam-korea` is not)? Looked up word by word: code is everywhere on a page. */
  private clean(code: string): boolean {
    const folded = fold(code);
    if (/@|%40|:\/\//.test(folded)) return false;
    const words = wordsOf(folded);
    const spaced = ` ${words.join(' ')} `;
    return !words.some((word) => this.dataByFirstWord.get(word)?.some((value) => spaced.includes(value)));
  }

  /** A value of the page's code (class, role, ARIA state): kept with its GUIDs faked, or, when it holds data, its shape. */
  code(value: string): string {
    const faked = this.guids.inText(value);
    return this.clean(faked) ? faked : this.replace(value);
  }

  /** ID references (id, for, aria-labelledby…): each token kept when clean, else a stand-in, the same everywhere, so that references still resolve. */
  reference(value: string): string {
    return value.replace(/\S+/g, (token) => {
      const faked = this.guids.inText(token);
      if (this.clean(faked)) return faked;
      if (!this.references.has(token)) this.references.set(token, `ref-${this.references.size + 1}`);
      this.counts.references++;
      return this.references.get(token)!;
    });
  }

  /**
   * An address: kept only on Partner Center (relative or https://partner.microsoft.com), with its
   * route words, GUIDs faked and every other segment, query value and fragment replaced; null for any
   * other host or scheme (javascript:, data:, mailto:…).
   */
  address(raw: string): string | null {
    // As a browser reads it: tabs and newlines ignored, a backslash taken for a slash (`\\evil.example`).
    const value = raw
      .replace(/[\t\n\r]/g, '')
      .replaceAll('\\', '/')
      .trim();
    if (value.startsWith('#')) return `#${this.reference(value.slice(1))}`;
    const origin = /^(?:https?:)?\/\/([^/?#]*)/i.exec(value);
    if (origin ? origin[1]!.toLowerCase() !== PORTAL_HOST : /^[a-z][a-z\d+.-]*:/i.test(value)) return null;
    const [, path = '', query, fragment] = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(value.slice(origin?.[0].length ?? 0))!;
    const segments = path.split('/').map((segment, i, all) => this.pathSegment(segment, all[i - 1] ?? ''));
    return [
      origin ? PORTAL_ORIGIN : '',
      segments.join('/'),
      query === undefined
        ? ''
        : `?${query
            .split('&')
            .map((pair) => this.queryPair(pair))
            .join('&')}`,
      fragment === undefined ? '' : `#${this.reference(fragment)}`,
    ].join('');
  }

  /** A route word (a plain lower-case path segment: `dashboard`, `offers`, `ko-kr`) stays, unless it names a thing. */
  private pathSegment(segment: string, previous: string): string {
    if (segment === '' || segment === '.' || segment === '..') return segment;
    if (ROUTE_WORD.test(segment) && !NAMES_NEXT.test(previous) && this.clean(segment)) return segment;
    return encodeURIComponent(this.guids.shape(decode(segment)));
  }

  /** A query's keys are the page's code; its values are replaced. */
  private queryPair(pair: string): string {
    const [key = '', ...rest] = pair.split('=');
    const name = /^[\w.-]*$/.test(key) && this.clean(key) ? key : encodeURIComponent(this.guids.shape(decode(key)));
    return rest.length === 0 ? name : `${name}=${encodeURIComponent(this.guids.shape(decode(rest.join('=').replaceAll('+', ' '))))}`;
  }

  /** The page's style sheets are its code: kept, with their addresses scrubbed like src (other hosts: url()), imports of other sheets and e-mail addresses dropped. */
  css(text: string): string {
    const dropped = () => {
      this.counts.addresses++;
      return '';
    };
    return this.guids.inText(
      text
        .replace(
          /url\(\s*(['"]?)(.*?)\1\s*\)/gi,
          (_, quote: string, address: string) => `url(${quote}${this.address(address) ?? dropped()}${quote})`,
        )
        .replace(/@import\s+(['"]).*?\1[^;]*;?/gi, dropped)
        .replace(/[^\s'"();,{}:@]+@[^\s'"();,{}@]+/g, (email) => this.guids.shape(email)),
    );
  }
}
