import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/**
 * One tab stop for a chart's marks (the ARIA "roving tabindex"): Tab enters the chart at the
 * active mark, arrow keys move between marks, Home and End jump to the first and last. With
 * `columns`, Up and Down move a row at a time (a grid); without, they move like Left and Right.
 * Enter and Space are left to the mark itself.
 */
export function useRovingFocus(
  ids: readonly string[],
  { columns, initial }: { columns?: number; initial?: string | null } = {},
) {
  const [active, setActive] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGElement | HTMLElement>());
  const current =
    active !== null && ids.includes(active)
      ? active
      : initial && ids.includes(initial)
        ? initial
        : (ids[0] ?? null);

  const register = useCallback(
    (id: string) => (element: SVGElement | HTMLElement | null) => {
      if (element) elements.current.set(id, element);
      else elements.current.delete(id);
    },
    [],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (current === null) return;
    const index = ids.indexOf(current);
    const step = columns ?? 1;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index + step,
      ArrowUp: index - step,
      Home: 0,
      End: ids.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = ids[Math.max(0, Math.min(ids.length - 1, target))];
    if (next === undefined) return;
    setActive(next);
    elements.current.get(next)?.focus();
  };

  /** Props for one mark: its tab stop, its ref, and taking the active place when clicked or focused. */
  const itemProps = (id: string) => ({
    tabIndex: id === current ? 0 : -1,
    ref: register(id),
    onFocus: () => setActive(id),
  });

  return { active: current, onKeyDown, itemProps };
}
