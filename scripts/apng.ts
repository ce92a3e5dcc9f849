/**
 * Joins PNG frames of one size into an animated PNG (APNG), without decoding them: each frame's
 * compressed image data is moved into the animation as it is (IDAT for the first, fdAT after), with
 * a frame control chunk saying how long it shows. Browsers (and GitHub's README view) play APNG.
 */
import { crc32 } from 'node:zlib';

interface Chunk {
  type: string;
  data: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunksOf(png: Buffer): Chunk[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `frames`: PNGs of the same size and format; `delaysMs`: how long each shows. Plays forever. */
export function animatedPng(frames: Buffer[], delaysMs: number[]): Buffer {
  const parsed = frames.map(chunksOf);
  const header = parsed[0]!.find((c) => c.type === 'IHDR')!.data;
  for (const [i, chunks] of parsed.entries()) {
    if (!chunks.find((c) => c.type === 'IHDR')!.data.equals(header)) throw new Error(`frame ${i} differs in size or format from the first`);
  }
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const out: Buffer[] = [SIGNATURE, chunk('IHDR', header)];
  const control = Buffer.alloc(8);
  control.writeUInt32BE(frames.length, 0);
  out.push(chunk('acTL', control));
  let sequence = 0;
  for (const [i, chunks] of parsed.entries()) {
    const fctl = Buffer.alloc(26);
    fctl.writeUInt32BE(sequence++, 0);
    fctl.writeUInt32BE(width, 4);
    fctl.writeUInt32BE(height, 8);
    fctl.writeUInt16BE(delaysMs[i] ?? 1000, 20);
    fctl.writeUInt16BE(1000, 22);
    out.push(chunk('fcTL', fctl));
    for (const data of chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)) {
      if (i === 0) out.push(chunk('IDAT', data));
      else {
        const seq = Buffer.alloc(4);
        seq.writeUInt32BE(sequence++, 0);
        out.push(chunk('fdAT', Buffer.concat([seq, data])));
      }
    }
  }
  out.push(chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(out);
}
