// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CODE_META, FIRST_SCRIPT } from '../server/first-script.mjs';
import { withFirstScript, withInlineIcon } from './page-head.mjs';

// The head and body Vite writes for index.html, in little.
const built = `<!doctype html>
<html>
  <head>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="/assets/main-a1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-b2.js">
    <link rel="stylesheet" crossorigin href="/assets/main-c3.css">
  </head>
  <body>
    <div id="root"><!--app-html--></div>
  </body>
</html>`;

describe('withFirstScript', () => {
  const page = withFirstScript(built, [
    '/assets/main-a1.js',
    '/assets/app-d4.js',
    '/assets/react-b2.js',
  ]);

  it('names no script to fetch, lists the app’s code, and carries the first script at the end of the body', () => {
    expect(page).not.toMatch(/<script[^>]*src=/);
    expect(page).not.toMatch(/<link rel="modulepreload"/);
    expect(page).toContain(
      `<meta name="${APP_CODE_META}" content="/assets/main-a1.js /assets/app-d4.js /assets/react-b2.js" />`,
    );
    expect(page).toMatch(
      new RegExp(
        `<script type="module" async>${FIRST_SCRIPT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</script>\\s*</body>`,
      ),
    );
    expect(page.indexOf(APP_CODE_META)).toBeLessThan(page.indexOf('</head>'));
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/main-c3.css">');
  });

  it('refuses a page whose entry script is not the one listed first, or is not there', () => {
    expect(() => withFirstScript(built, ['/assets/other.js'])).toThrow(
      /expected one <script src="\/assets\/other.js">/,
    );
    expect(() =>
      withFirstScript(built.replace(/<script[^\n]*\n/, ''), ['/assets/main-a1.js']),
    ).toThrow(/found none/);
    const twice = built.replace(
      '</body>',
      '<script type="module" src="/assets/x.js"></script></body>',
    );
    expect(() => withFirstScript(twice, ['/assets/main-a1.js'])).toThrow(/expected one/);
  });
});

describe('withInlineIcon', () => {
  const svg = readFileSync(path.join(__dirname, '../public/favicon.svg'), 'utf8');

  it('puts the icon itself in the page, as a data: URL that reads back as the same SVG', () => {
    const page = withInlineIcon(built, svg);
    expect(page).not.toContain('/favicon.svg');
    const href = page.match(/<link rel="icon" href="([^"]+)" type="image\/svg\+xml" \/>/)![1]!;
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(href).not.toMatch(/[\s<>"#]/);
    expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(svg.trim());
  });

  it('refuses a page without the icon link it expects', () => {
    expect(() => withInlineIcon('<head></head>', svg)).toThrow(/no <link rel="icon"/);
  });
});
