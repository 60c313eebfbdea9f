import { describe, expect, it } from 'vitest';
import { decodeReportBytes, firstInvalidUtf8, looksBinary } from './decode-bytes.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeReportBytes', () => {
  it.each([
    ['ascii', bytes('Strikes hit Idlib.'), 'Strikes hit Idlib.'],
    ['arabic', bytes('قصف على إدلب'), 'قصف على إدلب'],
    ['utf-8 byte order mark dropped', bytes([0xef, 0xbb, 0xbf], 'Hama'), 'Hama'],
    ['utf-16le with byte order mark', Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), 'Hi'],
    ['utf-16be with byte order mark', Uint8Array.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]), 'Hi'],
    ['tabs, form feeds and escapes are text', bytes('a\tb\fc\x1b[0m d\r\n'), 'a\tb\fc\x1b[0m d\r\n'],
  ])('%s', (_name, input, text) => {
    expect(decodeReportBytes(input)).toEqual({ ok: true, text });
  });

  it.each([
    ['empty', new Uint8Array(0), /^empty file$/, undefined],
    ['only whitespace', bytes('  \n\t\n'), /empty file/, undefined],
    ['NUL byte', bytes('PK', [0x03, 0x04, 0x00], 'rest'), /binary file, not a report/, undefined],
    ['control characters', Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), /binary/, undefined],
    ['latin-1 é on line 2', bytes('ok line\nCaf', [0xe9], ' au lait'), /invalid UTF-8 at byte 11 \(line 2\)/, 2],
    ['truncated sequence at the end', bytes('abc', [0xe2, 0x82]), /invalid UTF-8 at byte 3 \(line 1\)/, 1],
    ['overlong encoding', bytes('x', [0xc0, 0xaf]), /byte 1/, 1],
    ['encoded surrogate', bytes('\n\n', [0xed, 0xa0, 0x80]), /byte 2 \(line 3\)/, 3],
  ])('%s -> refused', (_name, input, message, line) => {
    const result = decodeReportBytes(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.line).toBe(line);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [bytes('plain'), -1],
    [bytes('€ and 😀 and ü'), -1],
    [bytes([0x80]), 0],
    [bytes('ab', [0xf5, 0x80, 0x80, 0x80]), 2],
    [bytes([0xf4, 0x90, 0x80, 0x80]), 0], // above U+10FFFF
    [bytes([0xe2, 0x28, 0xa1]), 0],
  ])('%#', (input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
  });
});

describe('looksBinary', () => {
  it('is false for long ordinary text and true for a PNG header', () => {
    expect(looksBinary(utf8('The White Helmets said. '.repeat(10_000)))).toBe(false);
    expect(looksBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe(true);
  });
});
