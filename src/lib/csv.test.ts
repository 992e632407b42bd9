import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from './csv';

describe('toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1', '"\'-1"'],
    ['+44', '"\'+44"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['=1+1\nsecond line', '"\'=1+1\nsecond line"'],
  ])('writes %j as %j', (value, expected) => {
    expect(toCsv(['h'], [[value]], { bom: false })).toBe(`h\r\n${expected}\r\n`);
  });

  it('writes empty cells for null and undefined, and numbers as they are (negative numbers are not guarded)', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, 3, -2]], { bom: false })).toBe(
      'a,b,c,d\r\n,,3,-2\r\n',
    );
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [], { bom: false })).toBe('a,b\r\n');
  });

  it('starts with the UTF-8 byte-order mark by default, as bytes EF BB BF', () => {
    const text = toCsv(['Section'], [['§ 1 – children’s services']]);
    expect(text.startsWith(BOM)).toBe(true);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(text, { bom: true })).toEqual([['Section'], ['§ 1 – children’s services']]);
  });
});
