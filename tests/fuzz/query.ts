// What an attacker (or a mangled link) puts in an address, as fast-check arbitraries: for the
// parameters a page or chart reads, and for names it does not; arbitrary strings, partial and
// impossible dates, huge and odd numbers, repeated parameters, unicode and markup. Shared by the
// unit fuzz of every chart's readParams and the browser fuzz of every route and embed.
import fc from 'fast-check';

/** Markup that, if it ever reached the DOM as markup, would set window.__fuzzPwned. */
export const MARKUP = [
  '<img src=x onerror="window.__fuzzPwned=1">',
  '"><script>window.__fuzzPwned=1</script>',
  "'><svg onload=window.__fuzzPwned=1>",
  'javascript:window.__fuzzPwned=1',
  '</title><script>window.__fuzzPwned=1</script>',
  '{{constructor.constructor("window.__fuzzPwned=1")()}}',
];

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Dates that are partial, impossible, out of range or oddly written. */
export const dateLike = fc.oneof(
  fc.integer({ min: -99999, max: 99999 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, m]) => `${y}-${m}`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 10000 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.constantFrom(
    '2018-02-30',
    '2018-1-5',
    '2018-13',
    '2019-02-29',
    '0050-01-01',
    '9999-12-31',
    '1899-12-31',
    '2101-01-01',
    '2018-11-30T00:00:00Z',
    '2018-11-30 ',
    ' 2018-11-30',
    '２０１８-１１-３０',
    '2018\u200b-11-30',
  ),
);

/** Numbers a form would never send. */
export const numberLike = fc.oneof(
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x10', '1_000', '9'.repeat(400)),
);

/** Any value: all of the above, plus strings of any unicode, very long strings and markup. */
export const valueLike = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  dateLike,
  numberLike,
  fc.constantFrom(...MARKUP),
  fc.constantFrom('', ' ', '\u202eevil', '\u0000', '%', '%E0%A4%A', '__proto__', 'constructor'),
  fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)),
);

/**
 * A query string whose names are mostly those the page reads (`known`), sometimes repeated,
 * sometimes anything at all; returned as the text after the "?".
 */
export function queryFor(known: readonly string[], maxPairs = 6): fc.Arbitrary<string> {
  const name =
    known.length > 0
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...known) },
          { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
        )
      : fc.string({ unit: 'grapheme', maxLength: 12 });
  return fc
    .array(fc.tuple(name, valueLike), { minLength: 1, maxLength: maxPairs })
    .map((pairs) => new URLSearchParams(pairs).toString());
}

/**
 * A URLSearchParams that notes every name read from it (get, getAll, has): how the tests learn
 * which parameters a chart reads without a list kept by hand.
 */
export class RecordingParams extends URLSearchParams {
  readonly read = new Set<string>();
  override get(name: string) {
    this.read.add(name);
    return super.get(name);
  }
  override getAll(name: string) {
    this.read.add(name);
    return super.getAll(name);
  }
  override has(name: string, value?: string) {
    this.read.add(name);
    return value === undefined ? super.has(name) : super.has(name, value);
  }
}
