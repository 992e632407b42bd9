/**
 * Skip links around a chart (issue 24: a keyboard user pressed Tab 32–34 times to reach either
 * chart, and every mark's controls stand between the chart and what follows it). "Skip to the
 * chart" goes to the chart; "Skip past the chart" to what follows it. Hidden until focused, as
 * GOV.UK's skip link.
 */
export const chartTargetId = (name: string) => `${name}-chart`;
export const afterChartId = (name: string) => `${name}-after-chart`;

export function SkipToChart({ name }: { name: string }) {
  return (
    <div className="app-skip-links">
      <a href={`#${chartTargetId(name)}`} className="govuk-skip-link">
        Skip to the chart
      </a>
      <a href={`#${afterChartId(name)}`} className="govuk-skip-link">
        Skip past the chart
      </a>
    </div>
  );
}

/** The place "Skip past the chart" lands: focusable, so the next Tab goes on from there. */
export function AfterChart({ name }: { name: string }) {
  return <div id={afterChartId(name)} tabIndex={-1} />;
}
