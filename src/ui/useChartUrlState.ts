import type { ChartView } from '../charts/shared/ChartFrame';
import { useUrlParam } from '../lib/useUrlState';

/**
 * A chart's selection and its Chart/Table tab, kept in the address under the names a view gives
 * them, as props for ChartSurface or SpecView: a shared link opens on the same mark and tab.
 */
export function useChartUrlState(selectParam: string, viewParam: string) {
  const [selected, setSelected] = useUrlParam(selectParam);
  const [view, setView] = useUrlParam(viewParam, 'chart');
  return {
    selected: selected || null,
    onSelect: (id: string | null) => setSelected(id),
    view: (view === 'table' ? 'table' : 'chart') as ChartView,
    onViewChange: (next: ChartView) => setView(next),
  };
}
