/**
 * Keyboard handling for a details panel opened from a chart mark (issue 24): choosing a mark moves
 * focus to the panel's heading (a screen reader reads it, and the panel may be far below the
 * chart); Escape anywhere on the page (outside a form field) closes the panel and deselects. (Returning
 * focus to the mark afterwards is not done yet: the chart redraws its marks.)
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

  /** Call when the reader chooses a mark (click or Enter): focus follows once the panel is drawn. */
  const onChosen = useCallback(() => {
    pending.current = true;
  }, []);

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
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  return { onChosen };
}
