// Which of GOV.UK Frontend's classes the build keeps (vite.config.ts applies this to every
// stylesheet it builds, never to the dev server's).
//
// The components the app imports bring classes no page here uses: the service navigation's menu
// toggle, the footer's licence logo, summary cards, most of the grid. Dropping every govuk- class
// that appears nowhere in the source takes the home page's stylesheet under the 14.6 KB a new
// connection delivers in its first round trip (issue 8: LCP). The app's own classes are all kept,
// since several are built from pieces (`app-tl--${lane}`). A govuk- class must therefore be
// written whole in the source; findGovukClassPieces finds any that is not.
import purgeCss from '@fullhuman/postcss-purgecss';

/** The files whose words decide which govuk- classes are used (paths from the project root). */
export const PURGE_CONTENT = ['index.html', 'embed.html', 'bench.html', 'src/**/*.{ts,tsx}'];

/** The PostCSS plugin: drops govuk- selectors whose classes are not in PURGE_CONTENT. */
export function purgeUnusedGovukClasses({ content = PURGE_CONTENT } = {}) {
  return purgeCss({ content, safelist: { standard: [/^(?!govuk-)/] } });
}

/**
 * The govuk- class names in a source file that are put together from pieces (a name ending in
 * - or _ followed by `${...}` or `+`), which the purge cannot see.
 * @param {string} source
 * @returns {string[]}
 */
export function findGovukClassPieces(source) {
  return [...source.matchAll(/govuk-[a-z0-9_-]*[-_](?:\$\{|['"`]\s*\+)/g)].map((m) => m[0]);
}
