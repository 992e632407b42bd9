/**
 * The selected event's details, placed next to its mark (issue 19): under the mark's row and
 * across from it, inside the chart's box, rather than far below the chart. The box is no taller
 * than most of the window, and is scrolled into view when it opens. Where the mark is not drawn
 * (out of the period shown), the details sit under the chart as before.
 */
import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/** The drawn mark of an event (or of the group holding it) inside a container. */
export const findMark = (container: HTMLElement | null, id: string) =>
  container?.querySelector<SVGGElement | HTMLElement>(`[data-nav-id="${CSS.escape(id)}"]`) ?? null;

/** The gap between the mark and its details. */
const GAP = 8;
/** The widest the details grow beside a mark; narrower containers give them their full width. */
const MAX_WIDTH = 560;

interface Placement {
  top: number;
  left: number;
  width: number;
}

/** Under the mark, centred on it where the container allows, within the container's width. */
function toPlacement(box: HTMLElement | null, mark: Element | null): Placement | null {
  if (!box || !mark) return null;
  const outer = box.getBoundingClientRect();
  const at = mark.getBoundingClientRect();
  const width = Math.min(MAX_WIDTH, outer.width);
  const centre = at.left + at.width / 2 - outer.left;
  return {
    top: Math.round(at.bottom - outer.top + GAP),
    left: Math.round(Math.min(Math.max(0, centre - width / 2), outer.width - width)),
    width,
  };
}

export function DetailsPopover({
  anchorId,
  container,
  width,
  children,
}: {
  /** The id of the event whose mark the details belong to. */
  anchorId: string;
  container: RefObject<HTMLDivElement | null>;
  /** The chart's width: the details are placed again when it changes. */
  width: number;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);

  // Measured from the drawn mark, so set on the element directly once the chart is drawn.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const placement = toPlacement(container.current, findMark(container.current, anchorId));
    el.classList.toggle('app-tl-popover--anchored', placement !== null);
    el.style.top = placement ? `${placement.top}px` : '';
    el.style.left = placement ? `${placement.left}px` : '';
    el.style.width = placement ? `${placement.width}px` : '';
    // The whole box is brought into the window (it is never taller than the window).
    if (placement) el.scrollIntoView?.({ block: 'nearest' });
  }, [anchorId, container, width]);

  return (
    <div ref={ref} className="app-tl-popover" data-anchor={anchorId}>
      {children}
    </div>
  );
}
