/**
 * Placeholders of the same shape as what they replace, so that a scrubbed page still shows where a
 * name, an ID or a number stood and how long it was (a layout bug shows as one), while nothing of it
 * is left: Latin letters (accented too) become x or X, Hangul 가, other scripts' letters a letter of
 * their kind, digits 0; whitespace, punctuation and symbols stay. A GUID becomes a numbered fake GUID,
 * the same one each time it occurs, so that a tenant ID in the table and in a link still match and a
 * GUID is still a GUID to the page reader.
 */

/** A GUID in any case, with its dashes or without (braces around it are punctuation, and stay). */
/** The pattern with its dash as group `dash`, repeated by backreference: all dashes or none. */
const guid = (dash: number) => `[0-9a-fA-F]{8}(-?)${`[0-9a-fA-F]{4}\\${dash}`.repeat(3)}[0-9a-fA-F]{12}`;
export const HAS_GUID = new RegExp(guid(1));
const GUIDS = new RegExp(guid(1), 'g');
/** One match per GUID, letter, digit or combining mark (a mark is dropped: its letter is replaced already). */
const SHAPED = new RegExp(`(${guid(2)})|\\p{L}|\\p{N}|\\p{M}`, 'gu');

const LETTERS: [RegExp, string][] = [
  [/\p{Script=Latin}/u, 'x'],
  [/\p{Script=Hangul}/u, '가'],
  [/\p{Script=Han}/u, '字'],
  [/\p{Script=Hiragana}/u, 'あ'],
  [/\p{Script=Katakana}/u, 'ア'],
];

function placeholderOf(char: string): string {
  if (/\p{N}/u.test(char)) return '0';
  if (/\p{M}/u.test(char)) return '';
  const letter = LETTERS.find(([script]) => script.test(char))?.[1] ?? 'x';
  return letter === 'x' && char !== char.toLowerCase() ? 'X' : letter;
}

/** Numbers GUIDs in the order they are met: 00000000-0000-0000-0000-000000000001, …002. */
export class FakeGuids {
  private readonly seen = new Map<string, number>();
  /** The fakes handed out: a text scrubbed twice (an address inside a style sheet) keeps its numbers. */
  private readonly made = new Set<string>();

  get count(): number {
    return this.seen.size;
  }

  fake(guid: string, dash: string): string {
    const key = guid.replaceAll('-', '').toLowerCase();
    if (this.made.has(key)) return guid;
    const n = this.seen.get(key) ?? this.seen.set(key, this.seen.size + 1).get(key)!;
    const fake = String(n).padStart(32, '0');
    this.made.add(fake);
    return dash ? `${fake.slice(0, 8)}-${fake.slice(8, 12)}-${fake.slice(12, 16)}-${fake.slice(16, 20)}-${fake.slice(20)}` : fake;
  }

  /** The GUIDs in `text` replaced, nothing else. */
  inText(text: string): string {
    return text.replace(GUIDS, (guid, dash: string) => this.fake(guid, dash));
  }

  /** `text` as a placeholder of its shape. */
  shape(text: string): string {
    return text.replace(SHAPED, (match, guid: string | undefined, dash: string) => (guid ? this.fake(guid, dash) : placeholderOf(match)));
  }
}
