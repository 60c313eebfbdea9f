import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvRecords } from './csv.ts';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['empty fields', ',x,\n', [['', 'x', '']]],
    ['comma inside quotes', '"Kitaf, Sadah",3\n', [['Kitaf, Sadah', '3']]],
    ['doubled quotes', '"the so-called ""ceasefire"" held",0\n', [['the so-called "ceasefire" held', '0']]],
    ['newline inside quotes', '"line one\nline two",1\n', [['line one\nline two', '1']]],
    ['empty quoted field', '"",1\n', [['', '1']]],
    ['lone carriage return kept in a field', 'a\rb,c\n', [['a\rb', 'c']]],
  ])('%s', (_label, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it.each<[string, string, number, RegExp]>([
    ['unterminated quote', 'a,b\n1,"never closed\n2,3\n', 2, /unterminated quoted field/],
    ['text after a closing quote', 'a,b\n"x"y,2\n', 2, /after a closing quote/],
    ['quote inside an unquoted field', 'a,b\n1,ab"c\n', 2, /quote inside an unquoted field/],
    ['error line counts breaks inside earlier quotes', '"a\nb",c\n1,x"y\n', 3, /quote inside/],
  ])('rejects %s, naming file and line', (_label, text, line, reason) => {
    let caught: unknown;
    try {
      parseCsv(text, { file: 'events.csv' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvError);
    expect((caught as CsvError).line).toBe(line);
    expect((caught as CsvError).message).toMatch(reason);
    expect((caught as CsvError).message.startsWith(`events.csv:${line}:`)).toBe(true);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header and skips blank lines', () => {
    const text = '\uFEFFevent_date,notes,fatalities\n2022-03-02,"On 2 March, shelling hit Marib.",1\n\n';
    expect(parseCsvRecords(text)).toEqual([
      { event_date: '2022-03-02', notes: 'On 2 March, shelling hit Marib.', fatalities: '1' },
    ]);
  });

  it('rejects a row of the wrong width with the line it starts on', () => {
    const text = 'a,b\n"x\ny",2\n3\n';
    expect(() => parseCsvRecords(text, { file: 'rows.csv' })).toThrow('rows.csv:4: expected 2 fields as in the header, found 1');
  });

  it('rejects an empty file', () => {
    expect(() => parseCsvRecords('', { file: 'empty.csv' })).toThrow(/empty.csv:1: empty file/);
  });
});
