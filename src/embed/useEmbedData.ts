/**
 * The embed's data: the same query factories as the app, at the pinned data version (`v=`) when
 * the embed address names one, else the latest. Read through useEmbedParams, so hydrating a
 * pre-rendered embed renders the default (latest) first, as the HTML was rendered.
 */
import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../data/queries';
import { useEmbedParams } from './useEmbedSearch';

/** A `v=` parameter as a data version, or undefined (the latest data). */
export function toDataVersion(v: string | null): string | undefined {
  // A version is a short label such as "1.0.0"; anything else is ignored rather than fetched.
  return v && /^[A-Za-z0-9._-]{1,40}$/.test(v) ? v : undefined;
}

/** The pinned data version from the address, or undefined for the latest data. */
export const useDataVersion = (): string | undefined => toDataVersion(useEmbedParams().get('v'));

export const useEmbedMeta = () => useQuery(metaQuery(useDataVersion()));
