/**
 * Wheel, drag and pinch on the timeline through d3-zoom. Loaded lazily by the chart, after it is
 * drawn: d3-zoom brings d3-selection, -transition, -drag and -interpolate (about 20 KiB gzip) that
 * nothing else needs, and the chart is usable without them (buttons, keys and the overview strip
 * zoom and pan too), so they stay out of the JavaScript a page needs first (issue 8).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { Domain } from './zoomDomain';

export interface ZoomGeometry {
  full: Domain;
  x0: number;
  x1: number;
  height: number;
  /** The smallest period the gestures may zoom to (ms). */
  minSpan: number;
}

export interface AttachedZoom {
  /** Move the gesture state to a view set elsewhere (buttons, keys, URL), without an event. */
  sync: (domain: Domain) => void;
  detach: () => void;
}

/**
 * The zoom transform is derived from the view on every change, so buttons, keys, the overview
 * strip and gestures never disagree. One-finger touch and the plain wheel are left to the page
 * (scrolling past the chart); two fingers pinch, and Ctrl/⌘ + wheel zooms.
 */
export function attachZoom(
  svg: SVGSVGElement,
  { full: [f0, f1], x0, x1, height, minSpan }: ZoomGeometry,
  onDomainChange: (domain: Domain) => void,
): AttachedZoom {
  const perPx = (f1 - f0) / (x1 - x0);
  const toDomain = (event: D3ZoomEvent<SVGSVGElement, unknown>): Domain => {
    const { k, x } = event.transform;
    const from = f0 + ((x0 - x) / k - x0) * perPx;
    return [from, from + (f1 - f0) / k];
  };
  const z = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, (f1 - f0) / minSpan])
    .extent([
      [x0, 0],
      [x1, height],
    ])
    .translateExtent([
      [x0, Number.NEGATIVE_INFINITY],
      [x1, Number.POSITIVE_INFINITY],
    ])
    .filter((event: Event) => {
      if (event.type === 'dblclick') return false;
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
      const mouse = event as MouseEvent;
      // The wheel scrolls the page (or the article around an embed): zooming needs Ctrl or ⌘ with
      // it (a trackpad pinch arrives as Ctrl + wheel), or the buttons and keys.
      if (event.type === 'wheel') return mouse.ctrlKey || mouse.metaKey;
      return !mouse.ctrlKey && !mouse.button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) onDomainChange(toDomain(event));
    });
  const selection = select(svg);
  selection.call(z);
  return {
    sync: (domain) => {
      const k = (f1 - f0) / (domain[1] - domain[0]);
      const tx = x0 - k * (x0 + (domain[0] - f0) / perPx);
      z.transform(selection, zoomIdentity.translate(tx, 0).scale(k));
    },
    detach: () => {
      selection.on('.zoom', null);
    },
  };
}
