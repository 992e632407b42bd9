import { useEffect, useRef } from 'react';

export interface PresenterActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
}

/** Where a key belongs to the control it was pressed in, not to the presentation. */
const isOwnedByTarget = (target: EventTarget | null, key: string): boolean => {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable="true"], dialog')) return true;
  // Space and Enter press a focused button or link; arrows move within a chart's own marks.
  if (
    (key === ' ' || key === 'Enter') &&
    target.closest('button, a, summary, [role="button"], [role="tab"]')
  )
    return true;
  return key.startsWith('Arrow') && target.closest('svg, [role="tablist"]') !== null;
};

/**
 * The keys a presentation clicker sends (Page Down / Page Up, or the arrows), and Space and
 * Shift+Space, anywhere on the page, so no focus needs to be placed first.
 */
export function usePresenterKeys(actions: PresenterActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isOwnedByTarget(event.target, event.key)) return;
      const { next, previous, first, last } = latest.current;
      const action =
        event.key === 'ArrowRight' ||
        event.key === 'PageDown' ||
        (event.key === ' ' && !event.shiftKey)
          ? next
          : event.key === 'ArrowLeft' ||
              event.key === 'PageUp' ||
              (event.key === ' ' && event.shiftKey)
            ? previous
            : event.key === 'Home'
              ? first
              : event.key === 'End'
                ? last
                : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
