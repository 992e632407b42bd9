/**
 * The embed's query string. An embed has no routes, so it reads the address through wouter's
 * browser-location hook rather than a <Router>: `ssrSearch: ''` is React's server snapshot, so the
 * pre-renderer and hydration both render the default (empty-search) state the HTML was made
 * from, and the real parameters straight after. Leaving wouter's router out keeps it, and the
 * matcher it brings, out of every embed's JavaScript.
 */
import { useSearch } from 'wouter/use-browser-location';

const SSR = { ssrSearch: '' };

/** The raw query string ('' while hydrating). */
export const useEmbedSearch = (): string => useSearch(SSR);

/** The query string's parameters ('' while hydrating). */
export const useEmbedParams = (): URLSearchParams => new URLSearchParams(useEmbedSearch());
