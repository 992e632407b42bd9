/**
 * The app's first module. Every page is pre-rendered, so its facts and charts are on screen
 * before any JavaScript runs; in the built site this module is fetched only once the browser has
 * painted them, by the inline script each page carries (server/first-script.mjs), which also
 * preloads the modules the app needs. It asks for the page's data beside the app, then starts the
 * app. The stylesheet is imported here so that it stays a <link> in the page's head.
 */
import '../lib/chartFontFace';
import './styles.scss';

/**
 * The data the page was drawn from, named by a tag in its head (scripts/prerender.mjs); null when
 * the page names none or it cannot be had.
 */
function loadState(): Promise<unknown> {
  const url = document.querySelector<HTMLMetaElement>('meta[name="app-state"]')?.content;
  if (!url) return Promise.resolve(null);
  return fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .catch(() => null);
}

const state = loadState();
void import('./main').then(({ start }) => start(state));
