// Link previews, pure parts (scripts/link-previews.mjs runs them in the build): the head tags that
// let other sites find a chart's oEmbed and show a card for a shared link, and the preview picture
// itself, an SVG of the chart's title, its drawing on the export surface and its source line,
// which resvg turns into a PNG.
//
// The chart's drawing is styled by the page's stylesheet and its custom properties, which no
// renderer outside a browser reads. So the light theme's values are put in for each var(), and
// the stylesheet's rules for the charts' own classes go into the SVG's <style> (resvg applies
// simple selectors; rules for states a picture cannot be in, :hover, :focus, media queries, are
// left out).

export const CARD = Object.freeze({ width: 1200, height: 630, margin: 48 });
const TITLE_SIZE = 38;
const TITLE_LINE = 46;
const SOURCE_SIZE = 18;
/** Fonts a build machine has (Liberation Sans is metric-compatible with Arial). */
export const CARD_FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

const escapeXml = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const escapeAttribute = escapeXml;

/**
 * The --app-* custom properties of the light theme, from the built stylesheet: the block for
 * html[data-theme=light] (src/embed/_forcedTheme.scss), which lists every token.
 * @param {string} css
 * @returns {Map<string, string>}
 */
export function lightTokens(css) {
  const block = /html\[data-theme=["']?light["']?\]\s*\{([^}]*)\}/.exec(css);
  if (!block) throw new Error('preview: no html[data-theme=light] block in the stylesheet');
  const tokens = new Map();
  for (const [, name, value] of block[1].matchAll(/--([\w-]+)\s*:\s*([^;]+)/g))
    tokens.set(name, value.trim());
  return tokens;
}

/** Every var(--name[, fallback]) in some text replaced by the token's value or its fallback. */
export function resolveVars(text, tokens) {
  let out = text;
  // Innermost first, so a var() in a fallback is resolved before the one around it.
  for (let i = 0; i < 5 && out.includes('var('); i += 1)
    out = out.replace(/var\(\s*--([\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name, fallback) =>
      tokens.has(name) ? tokens.get(name) : (fallback ?? '').trim() || 'none',
    );
  return out;
}

/**
 * The stylesheet's rules for the charts' classes (.app-…), with values resolved, for a picture:
 * no @-rules, and no selector with a pseudo-class or pseudo-element.
 * @param {string} css the built stylesheet
 * @param {Map<string, string>} tokens
 */
export function chartRules(css, tokens) {
  const rules = [];
  for (const [selector, body] of plainRules(css)) {
    const keep = selector
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.includes('.app-') && !s.includes(':') && !s.includes('html'));
    if (keep.length) rules.push(`${keep.join(',')}{${resolveVars(body, tokens)}}`);
  }
  return rules.join('\n');
}

/** The rules of a stylesheet that a picture can use: [selector, declarations], no @-rules. */
function plainRules(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const selector = text.slice(i, open).trim();
    if (selector.startsWith('@')) {
      // Skip the whole block, nested braces and all.
      let depth = 1;
      let j = open + 1;
      while (j < text.length && depth > 0) {
        if (text[j] === '{') depth += 1;
        else if (text[j] === '}') depth -= 1;
        j += 1;
      }
      i = j;
      continue;
    }
    const close = text.indexOf('}', open);
    if (close < 0) break;
    rules.push([selector, text.slice(open + 1, close)]);
    i = close + 1;
  }
  return rules;
}

/**
 * Custom properties the charts set per element through a class (the timeline's lanes set
 * --tl-color, and their marks, tails and gradient stops use it): worked out down the drawing's
 * tree, and each declaration that uses one written onto the element as an inline style. A rule
 * is matched by the classes of its selector's last part, which is how the charts' rules are
 * written.
 * @param {string} svg
 * @param {string} css
 * @param {Map<string, string>} tokens
 */
export function inlineCustomProperties(svg, css, tokens) {
  const rules = [];
  for (const [selectorList, body] of plainRules(css)) {
    const decls = [...body.matchAll(/([\w-]+)\s*:\s*([^;]+)/g)].map(([, p, v]) => [p, v.trim()]);
    const local = decls.filter(
      ([p, v]) =>
        p.startsWith('--') ||
        [...v.matchAll(/var\(\s*--([\w-]+)/g)].some(([, name]) => !tokens.has(name)),
    );
    if (!local.length) continue;
    for (const selector of selectorList.split(',')) {
      if (selector.includes(':')) continue;
      const last =
        selector
          .trim()
          .split(/[\s>+~]+/)
          .pop() ?? '';
      const classes = [...last.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
      if (classes.length) rules.push({ classes, decls: local });
    }
  }
  const stack = [new Map(tokens)];
  return svg.replace(
    /<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g,
    (tag, closing, name, attrs, self) => {
      if (closing) {
        stack.pop();
        return tag;
      }
      const scope = new Map(stack[stack.length - 1]);
      const own = new Set(
        (/\sclass="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/).filter(Boolean),
      );
      const styles = [];
      for (const rule of rules) {
        if (!rule.classes.every((c) => own.has(c))) continue;
        for (const [p, v] of rule.decls) {
          if (p.startsWith('--')) scope.set(p.slice(2), resolveVars(v, scope));
          else styles.push(`${p}:${resolveVars(v, scope)}`);
        }
      }
      if (!self) stack.push(scope);
      if (!styles.length) return tag;
      const existing = /\sstyle="([^"]*)"/.exec(attrs);
      const style = `${existing ? `${existing[1]};` : ''}${styles.join(';')}`;
      const rest = existing ? attrs.replace(existing[0], '') : attrs;
      return `<${name}${rest} style="${style.replace(/"/g, "'")}"${self}>`;
    },
  );
}

/**
 * The preview picture as SVG: title, the chart scaled to fit, the source line, on white.
 * @param {{ title: string, description: string, source: string, svg: string | null, summary: string }} card
 * @param {{ css: string, tokens: Map<string, string>, wrap: (text: string, width: number, size: number) => string[], version: string }} style
 */
export function previewSvg(card, { css, tokens, wrap, version }) {
  const { width, height, margin } = CARD;
  const inner = width - 2 * margin;
  // Nothing is cut short: a title or source line too long for the card fails the build.
  const titleLines = wrap(card.title, inner, TITLE_SIZE);
  const sourceLines = wrap(`Source: ${card.source}. Data version ${version}.`, inner, SOURCE_SIZE);
  if (titleLines.length > 3 || sourceLines.length > 4)
    throw new Error(`preview "${card.title}": the title or source line is too long for the card`);
  const top = margin + TITLE_SIZE;
  const chartTop = top + (titleLines.length - 1) * TITLE_LINE + 28;
  const sourceTop = height - margin - (sourceLines.length - 1) * (SOURCE_SIZE + 6);
  const chartHeight = sourceTop - SOURCE_SIZE - 20 - chartTop;
  const text = (lines, y, size, lineHeight, extra) =>
    `<text x="${margin}" y="${y}" font-size="${size}" fill="#0b0c0c"${extra}>${lines
      .map(
        (line, k) =>
          `<tspan x="${margin}" dy="${k === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`,
      )
      .join('')}</text>`;
  let drawing;
  if (card.svg) {
    const chart = resolveVars(inlineCustomProperties(card.svg, css, tokens), tokens);
    const viewBox = /viewBox="([^"]+)"/.exec(chart)?.[1];
    if (!viewBox) throw new Error(`preview "${card.title}": the chart's svg has no viewBox`);
    // The chart's own <svg> placed in the space left, scaled to fit, centred.
    drawing = chart
      .replace(/^<svg\b/, '<svg x="' + margin + '" y="' + chartTop + '"')
      .replace(/(<svg[^>]*?)\swidth="[^"]*"/, `$1 width="${inner}"`)
      .replace(/(<svg[^>]*?)\sheight="[^"]*"/, `$1 height="${chartHeight}"`)
      .replace(/^<svg\b/, '<svg preserveAspectRatio="xMidYMid meet"');
  } else {
    // A chart that is a table: what it shows and its summary, in words.
    const words = wrap(`${card.description} ${card.summary}`, inner, 26);
    if (words.length > 8) throw new Error(`preview "${card.title}": the summary is too long`);
    drawing = text(words, chartTop + 40, 26, 36, '');
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeAttribute(CARD_FONT)}">`,
    `<style>${chartRules(css, tokens)}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="10" fill="#1d70b8"/>`,
    text(titleLines, top, TITLE_SIZE, TITLE_LINE, ' font-weight="700"'),
    drawing,
    text(sourceLines, sourceTop, SOURCE_SIZE, SOURCE_SIZE + 6, ' fill-opacity="0.85"'),
    '</svg>',
  ].join('\n');
}

/**
 * The head tags of a page that shows a chart: its oEmbed discovery link, Open Graph and Twitter
 * card. `origin` is the site's address when the build knows it (SITE_ORIGIN), else '' and the
 * addresses are root-relative (what a static preview without an address can do).
 * @param {{ origin: string, path: string, chart: string, title: string, description: string }} page
 */
export function previewTags({ origin, path, chart, title, description }) {
  const url = `${origin}${path}`;
  const image = `${origin}/previews/${chart}.png`;
  const oembed = `${origin}/oembed?url=${encodeURIComponent(url)}&format=json`;
  const meta = (property, content) =>
    `<meta property="${property}" content="${escapeAttribute(content)}" />`;
  return [
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(oembed)}" title="${escapeAttribute(title)}" />`,
    meta('og:type', 'website'),
    meta('og:title', title),
    meta('og:description', description),
    meta('og:url', url),
    meta('og:image', image),
    meta('og:image:width', String(CARD.width)),
    meta('og:image:height', String(CARD.height)),
    meta('og:image:alt', `${title}. ${description}`),
    `<meta name="twitter:card" content="summary_large_image" />`,
  ].join('\n    ');
}

/** The page with the tags before </head>; throws if it has no </head> or has them already. */
export function withPreviewTags(html, tags) {
  if (html.includes('application/json+oembed'))
    throw new Error('withPreviewTags: the page has its discovery tags already');
  if (!html.includes('</head>')) throw new Error('withPreviewTags: no </head> in the page');
  return html.replace('</head>', `  ${tags}\n  </head>`);
}
