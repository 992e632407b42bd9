import { roundFlowsSpec } from '../../charts/rating-flows/roundFlowsSpec';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import { useSearchParamsValue } from '../../lib/useUrlState';
import { ChartActions } from '../../ui/ChartActions';
import { useChartUrlState } from '../../ui/useChartUrlState';
import { SelectedAuthorities } from './AuthorityList';
import type { EnglandFiles } from './EnglandView';

/** Every authority's grade from each report to the next, all reports at once. */
export function RoundFlowsSection({ files }: { files: EnglandFiles }) {
  const query = useSearchParamsValue().toString();
  const file = files['national.json'];
  const urlState = useChartUrlState('flow', 'flowsView');
  const { selected, onSelect: setSelected } = urlState;
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const params = useSpecParams(roundFlowsSpec, query, files);
  const chart = useChart(roundFlowsSpec, files, params, 'page', width);
  const chosen = chart.model.graph.links.find((l) => l.id === selected);
  return (
    <>
      <ChartSurface
        spec={roundFlowsSpec}
        chart={chart}
        surface="page"
        measure={ref}
        headingLevel={3}
        {...urlState}
        actions={(c) => (
          <ChartActions
            chart="round-flows"
            title={c.text.title}
            data={c.getTable}
            source={file.attribution}
          />
        )}
      />
      {chosen ? (
        <SelectedAuthorities
          label="Authorities in the selected band"
          caption={`${NATIONAL_LABELS[chosen.from]} in report ${chosen.round}, ${NATIONAL_LABELS[chosen.to]} in report ${chosen.round + 1}`}
          authorities={chosen.authorities}
          regions={file.regions}
          onClose={() => setSelected(null)}
        />
      ) : null}
    </>
  );
}
