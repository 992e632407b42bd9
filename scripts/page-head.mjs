// What the build changes in an app page's HTML after Vite has written it (scripts/prerender.mjs):
// the page fetches nothing before its first paint but its stylesheet (issue 8: LCP).
import { APP_CODE_META, FIRST_SCRIPT } from '../server/first-script.mjs';

const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page with Vite's entry <script src> (and any modulepreload links) replaced by a tag that
 * lists the app's code and the inline script that loads it once the page has painted
 * (server/first-script.mjs).
 * @param {string} html
 * @param {string[]} urls the app's code: the entry first, then the modules it loads
 */
export function withFirstScript(html, urls) {
  const tags = html.match(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>\s*/g) ?? [];
  const entry = `src="${urls[0]}"`;
  if (tags.length !== 1 || !tags[0].includes(entry)) {
    throw new Error(
      `withFirstScript: expected one <script ${entry}>, found ${tags.length ? tags.join(' ') : 'none'}`,
    );
  }
  return html
    .replace(tags[0], '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(
      '</head>',
      `  <meta name="${APP_CODE_META}" content="${escapeAttribute(urls.join(' '))}" />\n  </head>`,
    )
    .replace('</body>', `  <script type="module" async>${FIRST_SCRIPT}</script>\n  </body>`);
}

/**
 * The page with its icon link pointing at the SVG itself (a data: URL), not at /favicon.svg: one
 * request fewer on every page, and one the first paint need not share the connection with.
 * @param {string} html
 * @param {string} svg the icon's SVG text
 */
export function withInlineIcon(html, svg) {
  const link = /<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml" \/>/;
  if (!link.test(html))
    throw new Error('withInlineIcon: no <link rel="icon" href="/favicon.svg"> in the page');
  // Only the characters a data: URL or the attribute cannot carry as they are are escaped.
  const url = `data:image/svg+xml,${svg.trim().replace(/[%#<>"\s]/g, (c) => encodeURIComponent(c))}`;
  return html.replace(link, `<link rel="icon" href="${url}" type="image/svg+xml" />`);
}
