import type { DataFileName } from '../data/load';

/** Every route of the app, listed once: the navigation, the pre-renderer and the tests read it. */
export interface RouteInfo {
  path: string;
  /** The navigation label and the first part of the page title. */
  title: string;
  /** Shown in navigation. The accessibility statement lives in the footer instead. */
  inNav: boolean;
  /** The data files the pre-renderer puts into the page (meta.json always goes in). */
  data: readonly DataFileName[];
}

export const ROUTES = [
  {
    path: '/',
    title: 'Briefing',
    inNav: true,
    data: ['inspections.json', 'milestones.json', 'governance.json', 'sources.json'],
  },
  {
    path: '/timeline',
    title: 'Timeline',
    inNav: true,
    data: ['inspections.json', 'milestones.json', 'governance.json', 'sources.json'],
  },
  {
    path: '/transitions',
    title: 'Rating transitions',
    inNav: true,
    data: ['inspections.json', 'milestones.json', 'governance.json', 'sources.json'],
  },
  { path: '/governance', title: 'Governance', inNav: true, data: ['governance.json', 'sources.json'] },
  {
    path: '/england',
    title: 'England comparison',
    inNav: true,
    data: ['national.json', 'inspections.json', 'governance.json'],
  },
  {
    path: '/data',
    title: 'Data',
    inNav: true,
    data: ['inspections.json', 'milestones.json', 'governance.json'],
  },
  {
    path: '/sources',
    title: 'Sources',
    inNav: true,
    data: ['sources.json', 'inspections.json', 'milestones.json', 'governance.json'],
  },
  { path: '/accessibility', title: 'Accessibility statement', inNav: false, data: [] },
  {
    path: '/present',
    title: 'Presenter mode',
    inNav: false,
    data: ['governance.json', 'inspections.json', 'milestones.json', 'sources.json'],
  },
] as const satisfies readonly RouteInfo[];

export type RoutePath = (typeof ROUTES)[number]['path'];

export { SERVICE_NAME, pageTitle } from '../lib/site';
