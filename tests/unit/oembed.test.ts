// @vitest-environment node
// /oembed's answers (server/oembed.mjs), as pure functions of the query and the build's manifest:
// which addresses are charts, what the embed carries, sizes, and the errors a consumer gets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_PAGES } from '../../src/lib/chartPages';
import { EMBED_CHARTS, EMBED_HEIGHTS } from '../../src/lib/embedCode';
import {
  chartForUrl,
  DEFAULT_WIDTH,
  oembedAnswer,
  type OembedManifest,
} from '../../server/oembed.mjs';

const SITE = 'https://charts.example.gov.uk';
const manifest: OembedManifest = {
  provider: { name: 'Northamptonshire charts', origin: null },
  charts: Object.fromEntries(
    EMBED_CHARTS.map((c) => [c, { title: `Title of ${c} "quoted" <b>`, height: EMBED_HEIGHTS[c] }]),
  ),
  pages: Object.fromEntries(Object.entries(CHART_PAGES).map(([p, c]) => [p, [...c]])),
};
const ask = (query: Record<string, string>, origins = [SITE]) =>
  oembedAnswer(new URLSearchParams(query).toString(), { origins, manifest });
const iframeSrc = (html: string) => /src="([^"]*)"/.exec(html)![1]!.replace(/&amp;/g, '&');

describe('/oembed', () => {
  it('answers a chart page with a rich iframe to its own chart, carrying the view', () => {
    const answer = ask({ url: `${SITE}/timeline/?asAt=2019-03-01&lanes=dfe`, format: 'json' });
    expect(answer.status).toBe(200);
    const json = answer.json as Record<string, unknown>;
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Northamptonshire charts',
      provider_url: `${SITE}/`,
      width: DEFAULT_WIDTH,
      height: EMBED_HEIGHTS.timeline,
      thumbnail_url: `${SITE}/previews/timeline.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(iframeSrc(json.html as string)).toBe(
      `${SITE}/embed/timeline/?asAt=2019-03-01&lanes=dfe`,
    );
  });

  it('gives every chart page its first chart, and ?chart= another of the page’s charts', () => {
    for (const [page, charts] of Object.entries(CHART_PAGES)) {
      const found = chartForUrl(`${SITE}${page}`, [SITE], manifest);
      expect(found?.chart).toBe(charts[0]);
      for (const chart of charts)
        expect(chartForUrl(`${SITE}${page}?chart=${chart}`, [SITE], manifest)?.chart).toBe(chart);
    }
    // A chart the page does not show is not picked by ?chart=.
    expect(chartForUrl(`${SITE}/timeline/?chart=governance`, [SITE], manifest)?.chart).toBe(
      'timeline',
    );
  });

  it('answers embed addresses, keeping their theme and data version', () => {
    const embed = ask({ url: `${SITE}/embed/governance/?asAt=2019-01-01&theme=dark&v=1.1.0` });
    expect(iframeSrc((embed.json as { html: string }).html)).toBe(
      `${SITE}/embed/governance/?asAt=2019-01-01&theme=dark&v=1.1.0`,
    );
    const client = ask({ url: `${SITE}/embed.html?chart=powers&asAt=2020-01-01` });
    expect(iframeSrc((client.json as { html: string }).html)).toBe(
      `${SITE}/embed/powers/?asAt=2020-01-01`,
    );
    // An app page's own theme and version never go into the embed.
    const page = ask({ url: `${SITE}/governance?theme=dark&v=0.1&chart=powers` });
    expect(iframeSrc((page.json as { html: string }).html)).toBe(`${SITE}/embed/powers/`);
  });

  it('reads a path alone against the site, and takes the site over http or https', () => {
    expect(ask({ url: '/transitions/' }).status).toBe(200);
    expect(ask({ url: 'http://charts.example.gov.uk/england' }).status).toBe(200);
  });

  it('honours maxwidth and maxheight', () => {
    const json = ask({ url: `${SITE}/governance/`, maxwidth: '480', maxheight: '300' })
      .json as Record<string, number | string>;
    expect(json.width).toBe(480);
    expect(json.height).toBe(300);
    expect(json.html).toContain('width="480" height="300"');
    expect(json.html).toContain('max-width:480px;height:300px');
    const wide = ask({ url: `${SITE}/governance/`, maxwidth: '5000' }).json as { width: number };
    expect(wide.width).toBe(DEFAULT_WIDTH);
  });

  it.each([
    ['https://elsewhere.example/timeline/', 'another site'],
    [`${SITE}/sources/`, 'a page with no chart'],
    [`${SITE}/embed/no-such-chart/`, 'an embed of no chart'],
    [`${SITE}/embed.html?chart=constructor`, 'a name that is not a chart'],
    [`${SITE}/timeline/extra`, 'a path under a chart page'],
    ['javascript:alert(1)', 'a script address'],
    [`https://user:pw@charts.example.gov.uk/timeline/`, 'an address with credentials'],
    ['http://[::1', 'an address that does not parse'],
  ])('404 for %s (%s)', (url) => {
    const answer = ask({ url });
    expect(answer.status).toBe(404);
    expect(answer.message).toMatch(/not a chart on this site/);
  });

  it('501 for any format but JSON', () => {
    expect(ask({ url: `${SITE}/timeline/`, format: 'xml' }).status).toBe(501);
    expect(ask({ url: `${SITE}/timeline/`, format: 'yaml' }).message).toMatch(/format=json/);
  });

  it.each(['0', '-10', '1.5', 'abc', '600px', '100000', '1e3', ' 600'])(
    '400 with a clear message for maxwidth=%j',
    (value) => {
      const answer = ask({ url: `${SITE}/timeline/`, maxwidth: value });
      expect(answer.status).toBe(400);
      expect(answer.message).toMatch(/^maxwidth must be a whole number of pixels/);
    },
  );

  it('400 without a url, or with one too long to be a chart view', () => {
    expect(ask({}).status).toBe(400);
    expect(ask({ url: '' }).message).toMatch(/Give the address of a chart/);
    expect(ask({ url: `${SITE}/timeline/?asAt=${'x'.repeat(3000)}` }).status).toBe(400);
  });

  it('escapes what it puts into the iframe markup', () => {
    const json = ask({ url: `${SITE}/timeline/?asAt="><script>alert(1)</script>` }).json as {
      html: string;
    };
    expect(json.html).not.toContain('<script');
    expect(json.html).toContain('title="Title of timeline &quot;quoted&quot; &lt;b&gt;"');
    expect(json.html.match(/<iframe /g)).toHaveLength(1);
  });
});

describe('/oembed under any query', () => {
  it('answers every query with one of its statuses, never throws, and never lets markup out', () => {
    const part = fc.oneof(
      fc.string(),
      fc.constantFrom('url', 'maxwidth', 'maxheight', 'format', 'chart', 'asAt'),
      fc.constantFrom(
        `${SITE}/timeline/`,
        '/embed/governance/',
        '"><script>',
        '%',
        '&',
        '=',
        '600',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(part, part), { maxLength: 6 }), (pairs) => {
        const query = pairs.map(([k, v]) => `${k}=${v}`).join('&');
        const answer = oembedAnswer(query, { origins: [SITE], manifest });
        expect([200, 400, 404, 501]).toContain(answer.status);
        if (answer.status === 200) {
          const html = String(answer.json!.html);
          expect(html.match(/</g)).toHaveLength(2);
          expect(html).toMatch(
            /^<iframe src="https:\/\/charts\.example\.gov\.uk\/embed\/[a-z-]+\//,
          );
        } else expect(answer.message!.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
  });
});
