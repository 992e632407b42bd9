import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1', "'-1"],
  ])('writes %j as %j', (value, expected) => {
    expect(toCsv(['h'], [[value]])).toBe(`h\r\n${expected}\r\n`);
  });

  it('writes empty cells for null and undefined, and numbers as they are', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 3]])).toBe('a,b,c\r\n,,3\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
