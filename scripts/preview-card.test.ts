// @vitest-environment node
// The pure parts of link previews (scripts/preview-card.mjs): the head tags, and the preview
// picture's styling, in which the page's custom properties and class rules are written in.
import { describe, expect, it } from 'vitest';
import { wrapText } from '../src/charts/shared/textMetrics';
import {
  chartRules,
  inlineCustomProperties,
  lightTokens,
  previewSvg,
  previewTags,
  resolveVars,
  withPreviewTags,
} from './preview-card.mjs';

const CSS = `
:root{--app-bg:#fff}
html[data-theme=light]{color-scheme:light;--app-bg:#ffffff;--app-chart-1:#12436d;--app-muted:#484949}
html[data-theme=dark]{--app-bg:#161718}
.app-tl--dfe{--tl-color:var(--app-chart-1)}
.app-tl__fill{fill:var(--tl-color);fill-opacity:.4}
.app-tl__stop{stop-color:var(--tl-color)}
.app-svg .app-muted{fill:var(--app-muted)}
.app-svg__focus:focus-visible{stroke:red}
@media (prefers-color-scheme:dark){.app-svg{fill:var(--app-bg)}}
.govuk-body{color:red}
`;

describe('lightTokens and resolveVars', () => {
  const tokens = lightTokens(CSS);
  it('reads the light theme block, not :root or dark', () => {
    expect(tokens.get('app-bg')).toBe('#ffffff');
    expect(tokens.get('app-chart-1')).toBe('#12436d');
  });
  it('puts in values, fallbacks and nested var()s', () => {
    expect(resolveVars('fill="var(--app-bg)"', tokens)).toBe('fill="#ffffff"');
    expect(resolveVars('var(--nope, #b1b4b6)', tokens)).toBe('#b1b4b6');
    expect(resolveVars('var(--nope, var(--app-muted))', tokens)).toBe('#484949');
    expect(resolveVars('var(--nope)', tokens)).toBe('none');
  });
  it('fails the build when the stylesheet has no light theme block', () => {
    expect(() => lightTokens('.a{}')).toThrow(/data-theme=light/);
  });
});

describe('chartRules', () => {
  it('keeps the charts’ own rules, resolved, and leaves out states, media queries and GOV.UK', () => {
    const rules = chartRules(CSS, lightTokens(CSS));
    expect(rules).toContain('.app-svg .app-muted{fill:#484949}');
    expect(rules).not.toContain('focus-visible');
    expect(rules).not.toContain('#161718');
    expect(rules).not.toContain('govuk');
  });
});

describe('inlineCustomProperties', () => {
  it('works a class-set custom property down the tree onto the elements that use it', () => {
    const svg =
      '<svg><g class="app-tl--dfe"><rect class="app-tl__fill"></rect><linearGradient><stop class="app-tl__stop"/></linearGradient></g><rect class="app-tl__fill"></rect></svg>';
    const out = inlineCustomProperties(svg, CSS, lightTokens(CSS));
    expect(out).toContain('<rect class="app-tl__fill" style="fill:#12436d"></rect>');
    expect(out).toContain('<stop class="app-tl__stop" style="stop-color:#12436d"/>');
    // Outside the lane, the property is not set: nothing usable is written.
    expect(out.endsWith('<rect class="app-tl__fill" style="fill:none"></rect></svg>')).toBe(true);
  });
});

describe('previewSvg', () => {
  const card = {
    title: 'A title',
    description: 'What it shows.',
    summary: 'What is shown now.',
    source: 'Ofsted reports',
    svg: '<svg class="app-svg" viewBox="0 0 400 200" width="400" height="200"><text fill="var(--app-muted)">x</text></svg>',
  };
  const style = { css: CSS, tokens: lightTokens(CSS), wrap: wrapText, version: '1.2.3' };
  it('is 1200 × 630 with the title, the chart scaled into it and the source and version', () => {
    const svg = previewSvg(card, style);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('>A title</tspan>');
    expect(svg).toContain('Source: Ofsted reports. Data version 1.2.3.');
    expect(svg).toMatch(/<svg preserveAspectRatio="xMidYMid meet" x="48" y="\d+"/);
    expect(svg).toContain('width="1104"');
    expect(svg).toContain('fill="#484949"');
    expect(svg).not.toContain('var(');
  });
  it('draws a chart that is a table as its words', () => {
    expect(previewSvg({ ...card, svg: null }, style)).toContain(
      'What it shows. What is shown now.',
    );
  });
  it('fails rather than cut a title short', () => {
    expect(() => previewSvg({ ...card, title: 'word '.repeat(60) }, style)).toThrow(/too long/);
  });
});

describe('previewTags', () => {
  const page = {
    origin: 'https://charts.example.gov.uk',
    path: '/timeline/',
    chart: 'timeline',
    title: 'What happened "when" & <why>',
    description: 'Lanes on one axis.',
  };
  it('names the oEmbed endpoint for the page, and the card with its picture', () => {
    const tags = previewTags(page);
    expect(tags).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://charts.example.gov.uk/oembed?url=https%3A%2F%2Fcharts.example.gov.uk%2Ftimeline%2F&amp;format=json" title="What happened &quot;when&quot; &amp; &lt;why&gt;" />',
    );
    expect(tags).toContain(
      '<meta property="og:image" content="https://charts.example.gov.uk/previews/timeline.png" />',
    );
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(tags).not.toMatch(/<why>/);
  });
  it('goes before </head> once', () => {
    const html = withPreviewTags(
      '<html><head><title>t</title></head><body></body></html>',
      previewTags(page),
    );
    expect(html.indexOf('json+oembed')).toBeLessThan(html.indexOf('</head>'));
    expect(() => withPreviewTags(html, previewTags(page))).toThrow(/already/);
  });
});
