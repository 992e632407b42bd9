/**
 * View state that a person would share lives in the URL's query string. Reading goes through
 * wouter's `useSearch`, which renders the pre-rendered (empty) search while hydrating and the
 * real one straight after, so a shared link never breaks hydration.
 */
import { useCallback } from 'react';
import { useSearch } from 'wouter';
import { navigate } from 'wouter/use-browser-location';

/** The parameters every view shares: carried across navigation. */
export const SHARED_PARAMS = ['asAt', 'since'] as const;

export function useSearchParamsValue(): URLSearchParams {
  return new URLSearchParams(useSearch());
}

/** Write several parameters at once; `null` or the default removes one. Replaces history. */
export function setUrlParams(changes: Record<string, string | null>, { push = false } = {}) {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`, {
    replace: !push,
  });
}

/** One query parameter as state: `[value, setValue]`. */
export function useUrlParam(name: string, fallback = ''): [string, (value: string | null) => void] {
  const value = useSearchParamsValue().get(name) ?? fallback;
  const setValue = useCallback(
    (next: string | null) => setUrlParams({ [name]: next === fallback ? null : next }),
    [name, fallback],
  );
  return [value, setValue];
}

/** The query string to carry to another view: only the shared parameters. */
export function toSharedQuery(search: string): string {
  const current = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const key of SHARED_PARAMS) {
    const value = current.get(key);
    if (value) out.set(key, value);
  }
  const query = out.toString();
  return query ? `?${query}` : '';
}
