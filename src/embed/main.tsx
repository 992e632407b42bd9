/**
 * The embed entry. Pre-rendered embeds live at /embed/<chart>/ and hydrate; embed.html?chart=<name>
 * renders on the client. The chart and the theme are read here, once, before React renders, so
 * neither is read from the address during rendering.
 */
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { makeQueryClient } from '../data/queries';
import { isEmbedChart, toEmbedLayout, toEmbedTheme } from '../lib/embedCode';
import { EmbedApp } from './EmbedApp';
import { followHostTheme } from './hostTheme';
import { EMBED_COMPONENTS } from './registry';
import { toDataVersion } from './useEmbedData';
import '../lib/chartFontFace';
import './embed.scss';

const params = new URLSearchParams(window.location.search);
const fromPath = /^\/embed\/([a-z-]+)\/?$/.exec(window.location.pathname)?.[1];
const chart = fromPath ?? params.get('chart');
// "auto" leaves the reader's prefers-color-scheme in charge, or the host page's scheme when the
// host's resize script sends it (./hostTheme.ts); light or dark override both.
const theme = toEmbedTheme(params.get('theme'));
document.documentElement.dataset.theme = theme;
followHostTheme(theme);
// A slide fills its frame from the first paint: the stylesheet sizes the page to the viewport.
if (toEmbedLayout(params.get('layout')) === 'slide')
  document.documentElement.dataset.layout = 'slide';

const root = document.getElementById('root')!;
if (!isEmbedChart(chart)) {
  const message = document.createElement('p');
  message.className = 'govuk-body';
  message.textContent = 'There is no chart with this name. Check the embed code.';
  root.replaceChildren(message);
} else {
  const client = makeQueryClient();
  const state = document.getElementById('app-state')?.textContent;
  if (state) hydrate(client, JSON.parse(state));
  const app = (
    <StrictMode>
      <EmbedApp client={client} chart={chart} />
    </StrictMode>
  );
  // The pre-rendered chart shows the latest data. An embed pinned to a data version is drawn on the
  // client from that version instead: hydrating would first fetch the latest data, then drop it.
  const pinned = toDataVersion(params.get('v')) !== undefined;
  // The chart's code is loaded before hydrating, so hydration never finds it still loading (src/lib/lazy.ts).
  if (root.firstElementChild && fromPath && !pinned)
    void EMBED_COMPONENTS[chart]
      .preload()
      .catch(() => undefined)
      .then(() => hydrateRoot(root, app));
  else createRoot(root).render(app);
}
