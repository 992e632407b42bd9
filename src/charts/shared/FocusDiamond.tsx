/**
 * The ◆ that marks Northamptonshire, drawn as a shape rather than a character: the chart font
 * (Arimo's Latin files) has no ◆, and a renderer that takes the whole text run to a fallback font
 * for one missing glyph (resvg does) would draw the name beside it in another typeface.
 */
export function FocusDiamond({
  cx,
  cy,
  size = 10,
  halo = false,
}: {
  cx: number;
  cy: number;
  /** Width and height, px. */
  size?: number;
  /** A ring of the background around it, for a diamond drawn over bands. */
  halo?: boolean;
}) {
  const r = size / 2;
  return (
    <path
      d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
      fill="var(--app-chart-text)"
      className={halo ? 'app-svg__halo' : undefined}
      aria-hidden="true"
    />
  );
}
