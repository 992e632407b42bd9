/**
 * Keyboard handling for a details panel opened from a chart mark (issue 24): choosing a mark moves
 * focus to the panel's heading (a screen reader reads it, and the panel may be far below the
 * chart); Escape anywhere on the page (outside a form field) closes the panel, deselects and puts
 * focus back on the mark that opened it (found again by its accessible name if the chart redrew it).
 */
import { useCallback, useEffect, useRef } from 'react';

const isEditing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

export function useDetailsFocus({
  open,
  headingId,
  onClose,
}: {
  /** Whether a panel is showing; the key of what it shows, so choosing another mark moves focus again. */
  open: string | null;
  headingId: string;
  onClose: () => void;
}): { onChosen: () => void } {
  const pending = useRef(false);
  /** The mark that opened the panel, and its name, to go back to on Escape. */
  const opener = useRef<{ element: Element; label: string | null } | null>(null);
  const returning = useRef(false);

  /** Call when the reader chooses a mark (click or Enter): focus follows once the panel is drawn. */
  const onChosen = useCallback(() => {
    pending.current = true;
    const active = document.activeElement;
    opener.current =
      active && active !== document.body
        ? { element: active, label: active.getAttribute('aria-label') }
        : null;
  }, []);

  useEffect(() => {
    if (open || !returning.current) return;
    returning.current = false;
    const saved = opener.current;
    opener.current = null;
    if (!saved) return;
    const target = saved.element.isConnected
      ? saved.element
      : saved.label
        ? document.querySelector(`[aria-label="${CSS.escape(saved.label)}"]`)
        : null;
    (target as HTMLElement | SVGElement | null)?.focus();
  }, [open]);

  useEffect(() => {
    if (!open || !pending.current) return;
    pending.current = false;
    document.getElementById(headingId)?.focus();
  }, [open, headingId]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditing(event.target)) return;
      event.preventDefault();
      returning.current = true;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  return { onChosen };
}
