import { readFileSync } from 'node:fs';

/**
 * The container of a compact gazetteer index: one file, read with one call into one buffer, holding
 * typed-array sections that are used where they lie (nothing is parsed at load). The header says what
 * kind of index it is and of which layout version; a file of another kind or version is refused, so an
 * old cache is rebuilt, never misread.
 *
 * Layout (little-endian Int32 words): magic, kind, version, section count, then per section its byte
 * offset and byte length; every section starts on an 8-byte boundary so Float64 sections can be viewed.
 */
const MAGIC = 0x5a475253; // "SRGZ" read as little-endian bytes
const ALIGN = 8;

export type Section = Uint8Array | Int32Array | Float64Array;

export class IndexFileError extends Error {}

const aligned = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** The bytes of an index file: its header, then each section in order. */
export function encodeIndexFile(kind: number, version: number, sections: readonly Section[]): Buffer {
  const headerBytes = aligned(4 * (4 + 2 * sections.length));
  let size = headerBytes;
  const offsets: number[] = [];
  for (const s of sections) {
    offsets.push(size);
    size = aligned(size + s.byteLength);
  }
  // Not zeroed first (tens of megabytes): every byte is written below, the header and padding as zeros.
  const out = Buffer.allocUnsafeSlow(size);
  out.fill(0, 0, headerBytes);
  const header = new Int32Array(out.buffer, out.byteOffset, headerBytes / 4);
  header.set([MAGIC, kind, version, sections.length]);
  for (let i = 0; i < sections.length; i += 1) {
    const s = sections[i]!;
    header[4 + 2 * i] = offsets[i]!;
    header[5 + 2 * i] = s.byteLength;
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offsets[i]!);
    out.fill(0, offsets[i]! + s.byteLength, i + 1 < sections.length ? offsets[i + 1]! : size);
  }
  return out;
}

/** The sections of an index file, as byte views of one buffer; what each holds is the caller's to know. */
export class IndexFile {
  private readonly sections: { offset: number; length: number }[] = [];
  private readonly buffer: ArrayBuffer;
  private readonly base: number;

  constructor(bytes: Uint8Array, kind: number, version: number, what: string) {
    // Typed views need their element alignment: a buffer at an odd offset of a shared pool is copied once.
    const own = bytes.byteOffset % ALIGN === 0 ? bytes : new Uint8Array(bytes);
    this.buffer = own.buffer as ArrayBuffer;
    this.base = own.byteOffset;
    if (own.byteLength < 16) throw new IndexFileError(`${what}: ${own.byteLength} bytes, too short for an index`);
    const word = (i: number): number => new DataView(this.buffer, this.base).getInt32(4 * i, true);
    if (word(0) !== MAGIC || word(1) !== kind) throw new IndexFileError(`${what}: not a gazetteer index of this kind`);
    if (word(2) !== version) throw new IndexFileError(`${what}: index layout ${word(2)}, this version reads ${version}`);
    const count = word(3);
    if (own.byteLength < 16 + 8 * count) throw new IndexFileError(`${what}: header cut short`);
    for (let i = 0; i < count; i += 1) {
      const offset = word(4 + 2 * i);
      const length = word(5 + 2 * i);
      if (offset % ALIGN !== 0 || offset + length > own.byteLength) throw new IndexFileError(`${what}: section ${i} lies outside the file`);
      this.sections.push({ offset, length });
    }
  }

  static read(path: string, kind: number, version: number): IndexFile {
    return new IndexFile(readFileSync(path), kind, version, path);
  }

  get count(): number {
    return this.sections.length;
  }

  private section(i: number): { offset: number; length: number } {
    const s = this.sections[i];
    if (!s) throw new IndexFileError(`index section ${i} is missing`);
    return s;
  }

  bytes(i: number): Uint8Array {
    const s = this.section(i);
    return new Uint8Array(this.buffer, this.base + s.offset, s.length);
  }

  int32(i: number): Int32Array {
    const s = this.section(i);
    return new Int32Array(this.buffer, this.base + s.offset, s.length / 4);
  }

  float64(i: number): Float64Array {
    const s = this.section(i);
    return new Float64Array(this.buffer, this.base + s.offset, s.length / 8);
  }
}
