import type { DataFileName } from '../data/load';
import ROUTE_TABLE from './routes.json';

/**
 * Every route of the app, listed once in routes.json: the navigation, the router (App.tsx), the
 * pre-renderer, the size check (scripts/check-size.mjs reads the JSON) and the tests read it.
 */
export interface RouteInfo {
  path: string;
  /** The navigation label and the first part of the page title. */
  title: string;
  /** Shown in navigation. The accessibility statement lives in the footer instead. */
  inNav: boolean;
  /** The data files the pre-renderer puts into the page (meta.json always goes in). */
  data: readonly DataFileName[];
  /** The module of the view, without extension; it exports a component of the same name. */
  view: string;
}

export const ROUTES: readonly RouteInfo[] = ROUTE_TABLE as RouteInfo[];

export type RoutePath = string;

export { SERVICE_NAME, pageTitle } from '../lib/site';
