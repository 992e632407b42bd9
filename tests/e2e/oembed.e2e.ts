// Charts that travel by link: every chart page and embed page names its oEmbed endpoint and its
// card (Open Graph, Twitter) in the HTML the server sends, before and without JavaScript; the
// endpoint answers what that link asks for; every chart's preview picture exists at 1200 × 630;
// and /data is an open data package whose files validate against the schemas served beside them.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { CHART_PAGES } from '../../src/lib/chartPages';
import { EMBED_CHARTS } from '../../src/lib/embedCode';

const base = () => inject('baseUrl');
const get = (path: string) => fetch(new URL(path, base()));

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) =>
  decode(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
function headTags(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const link = head.match(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/g) ?? [];
  const meta = new Map<string, string>();
  for (const tag of head.match(/<meta (?:property|name)="[^"]*" content="[^"]*"[^>]*>/g) ?? [])
    meta.set(attr(tag, 'property') || attr(tag, 'name'), attr(tag, 'content'));
  return { link, meta };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect([...bytes.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const PAGES: [string, string][] = [
  ...Object.entries(CHART_PAGES).map(
    ([route, charts]) => [route === '/' ? '/' : `${route}/`, charts[0]!] as [string, string],
  ),
  ...EMBED_CHARTS.map((chart) => [`/embed/${chart}/`, chart] as [string, string]),
];

describe('discovery and card tags in the HTML as served (no JavaScript)', () => {
  it.each(PAGES)('%s names its oEmbed and its card for %s', async (path, chart) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    const { link, meta } = headTags(await res.text());
    expect(link).toHaveLength(1);
    const title = attr(link[0]!, 'title');
    expect(title.length).toBeGreaterThan(3);
    expect(meta.get('og:type')).toBe('website');
    expect(meta.get('og:title')).toBe(title);
    expect(meta.get('og:description')?.length).toBeGreaterThan(20);
    expect(new URL(meta.get('og:url')!, base()).pathname).toBe(path);
    expect(new URL(meta.get('og:image')!, base()).pathname).toBe(`/previews/${chart}.png`);
    expect(meta.get('og:image:width')).toBe('1200');
    expect(meta.get('og:image:height')).toBe('630');
    expect(meta.get('og:image:alt')).toContain(title);
    expect(meta.get('twitter:card')).toBe('summary_large_image');

    // The link, followed as a consumer would, embeds this chart.
    const oembed = await fetch(new URL(attr(link[0]!, 'href'), new URL(path, base())));
    expect(oembed.status).toBe(200);
    expect(oembed.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(oembed.headers.get('access-control-allow-origin')).toBe('*');
    const json = (await oembed.json()) as Record<string, string | number>;
    expect(json).toMatchObject({ version: '1.0', type: 'rich', title });
    const src = new URL(decode(/src="([^"]*)"/.exec(json.html as string)![1]!));
    expect(src.origin).toBe(base());
    expect(src.pathname).toBe(`/embed/${chart}/`);
    expect(json.thumbnail_url).toBe(`${base()}/previews/${chart}.png`);
    // The iframe it gives is a page that exists.
    expect((await fetch(src)).status).toBe(200);
  });

  it('keeps the tags in a shared link rendered for its date', async () => {
    const { link, meta } = headTags(await (await get('/timeline/?asAt=2019-03-01')).text());
    expect(link).toHaveLength(1);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
  });
});

describe('preview pictures', () => {
  it.each(EMBED_CHARTS)('/previews/%s.png is a 1200 × 630 PNG', async (chart) => {
    const res = await get(`/previews/${chart}.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    // A drawn chart, not a blank card: well over the size of a title on white.
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});

describe('/oembed on the wire', () => {
  const at = (query: string) => get(`/oembed?${query}`);

  it('answers a page address with its view carried into the embed, within maxwidth/maxheight', async () => {
    const url = `${base()}/transitions/?chart=rating-flows&asAt=2019-01-01`;
    const res = await at(`url=${encodeURIComponent(url)}&maxwidth=400&maxheight=300&format=json`);
    expect(res.status).toBe(200);
    const json = (await res.json()) as Record<string, string | number>;
    expect(json.width).toBe(400);
    expect(json.height).toBe(300);
    expect(decode(/src="([^"]*)"/.exec(json.html as string)![1]!)).toBe(
      `${base()}/embed/rating-flows/?asAt=2019-01-01`,
    );
  });

  it.each([
    ['url=https%3A%2F%2Felsewhere.example%2Ftimeline%2F', 404, /not a chart on this site/],
    ['url=%2Fsources%2F', 404, /not a chart on this site/],
    ['url=%2Ftimeline%2F&format=xml', 501, /format=json/],
    ['url=%2Ftimeline%2F&maxwidth=wide', 400, /maxwidth must be a whole number/],
    ['url=%2Ftimeline%2F&maxheight=0', 400, /maxheight must be a whole number/],
    ['', 400, /Give the address of a chart/],
  ])('?%s → %i with a message', async (query, status, message) => {
    const res = await at(query);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toMatch(message);
  });

  it('refuses other methods', async () => {
    const res = await fetch(new URL('/oembed?url=%2Ftimeline%2F', base()), { method: 'POST' });
    expect(res.status).toBe(405);
  });
});

describe('the open data package at /data', () => {
  it('datapackage.json lists every file, each with its schema, in both /data and /data/v/<version>', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const latest = await get('/data/datapackage.json');
    expect(latest.status).toBe(200);
    expect(latest.headers.get('access-control-allow-origin')).toBe('*');
    const pkg = (await latest.json()) as {
      version: string;
      resources: { name: string; path: string; jsonSchema: string }[];
    };
    expect(pkg.resources.map((r) => r.name).sort()).toEqual([
      'england',
      'governance',
      'inspections',
      'meta',
      'milestones',
      'national',
      'sources',
    ]);
    for (const folder of ['/data/', `/data/v/${pkg.version}/`]) {
      for (const resource of pkg.resources) {
        const fileUrl = new URL(resource.path, new URL(folder, base()));
        const data = (await (await fetch(fileUrl)).json()) as { $schema: string };
        // The file's own $schema line and the package name the same served schema.
        const schemaUrl = new URL(data.$schema, fileUrl);
        expect(schemaUrl.href).toBe(new URL(resource.jsonSchema, fileUrl).href);
        const schemaRes = await fetch(schemaUrl);
        expect(schemaRes.status).toBe(200);
        const validate = ajv.compile({ ...(await schemaRes.json()), $id: schemaUrl.href });
        expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      }
    }
  });
});
