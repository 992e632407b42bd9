import type { KeyboardEvent, ReactNode } from 'react';
import { useRovingFocus } from './useRovingFocus';

/**
 * The chart's SVG: a group named by the frame's title and described by its description, drawn at
 * its layout size and scaled down with the page, with the marks' arrow-key handler on it.
 */
export function ChartSvg({
  className,
  titleId,
  descriptionId,
  width,
  height,
  onKeyDown,
  children,
}: {
  className: string;
  titleId: string;
  descriptionId: string;
  width: number;
  height: number;
  onKeyDown?: (event: KeyboardEvent) => void;
  children: ReactNode;
}) {
  return (
    <svg
      className={`app-svg ${className}`}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      onKeyDown={onKeyDown}
    >
      {children}
    </svg>
  );
}

/**
 * Marks that are buttons: one tab stop for the chart (arrow keys move between marks), and each
 * mark selected by a click, Enter or Space, and unselected by the same again.
 */
export function useSelectableMarks(
  ids: readonly string[],
  selected: string | null,
  onSelect: (id: string | null) => void,
  { columns }: { columns?: number } = {},
) {
  const roving = useRovingFocus(ids, { columns, initial: selected });
  const toggle = (id: string) => onSelect(selected === id ? null : id);
  return {
    onKeyDown: roving.onKeyDown,
    /** Props for the <g> of one mark. */
    mark: (id: string, label: string) => ({
      role: 'button' as const,
      'aria-label': label,
      className: 'app-ladder__focusable',
      ...roving.itemProps(id),
      onClick: () => toggle(id),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        toggle(id);
      },
    }),
    /** The class of a mark's focus ring: drawn when focused by keyboard, and kept while selected. */
    ring: (id: string) => `app-svg__focus${selected === id ? ' app-svg__focus--on' : ''}`,
  };
}
