/**
 * Bytes of a CSV file to text. Spreadsheets write UTF-8 (with or without BOM), UTF-16 with a BOM, and
 * Korean Excel writes CP949 (EUC-KR): UTF-8 is tried strictly first, then CP949. Anything that looks
 * like binary is refused with a reason rather than parsed into garbage.
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr' }
  | { ok: false; reason: 'empty' | 'binary' | 'undecodable' };

function controlRatio(text: string): number {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  let decoded: { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr' } | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    if (body.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary' };
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
    } catch {
      try {
        decoded = { text: new TextDecoder('euc-kr', { fatal: true }).decode(body), encoding: 'euc-kr' };
      } catch {
        return { ok: false, reason: 'undecodable' };
      }
    }
  }
  if (decoded.text.trim() === '') return { ok: false, reason: 'empty' };
  if (controlRatio(decoded.text) > 0.05) return { ok: false, reason: 'binary' };
  return { ok: true, ...decoded };
}
