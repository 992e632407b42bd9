import { describe, expect, it } from 'vitest';
import { toSafeHref } from './safeUrl';

describe('toSafeHref', () => {
  it.each([
    ['https://www.gov.uk/x', 'https://www.gov.uk/x'],
    ['http://www.bbc.co.uk/news', null],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>', null],
    ['/relative/path', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j becomes %j', (input, expected) => {
    expect(toSafeHref(input)).toBe(expected);
  });
});
