/** The governance charts' data as tables (view-model → ChartTable), for their table alternatives and CSV. */
import { formatPartialDate } from '../../domain/dates';
import type { GovernanceAsAt } from '../../domain/governance';
import {
  FUNCTION_LABELS,
  FUNCTION_ORDER,
  formatItemPeriod,
  formatPresence,
  RELATIONSHIP_LABELS,
  type NameLookup,
} from '../../domain/governanceText';
import type { SourceDoc } from '../../domain/types';
import { toCitationText, toIsoPeriod, type ChartCell, type ChartTable } from './chartTable';

/** Every relationship in the governance diagram on the date. */
export function toRelationshipsTable(
  state: GovernanceAsAt,
  name: NameLookup,
  sources: ReadonlyMap<string, SourceDoc>,
): ChartTable {
  return {
    caption: `Relationships on ${formatPartialDate(state.date)} (${state.relationships.length})`,
    header: ['From', 'Relationship', 'To', 'On this date', 'Legal basis', 'Sources'],
    rows: state.relationships.map(({ relationship: r, status, reasons, endNote }) => [
      name(r.from),
      `${RELATIONSHIP_LABELS[r.type]}: ${r.label}`,
      name(r.to),
      `${formatPresence(status, reasons, endNote)}. ${formatItemPeriod(r)}`,
      r.legalBasis ?? 'Not stated in the sources used',
      toCitationText(r.sources, sources),
    ]),
    isoDates: [
      {
        after: 3,
        header: 'Period (ISO 8601)',
        values: state.relationships.map(({ relationship: r }) => toIsoPeriod(r.start, r.end)),
      },
    ],
  };
}

/** Which functions sat with whom on the date, and by what authority; a function with no holder says so. */
export function toPowersTable(
  state: GovernanceAsAt,
  name: NameLookup,
  sources: ReadonlyMap<string, SourceDoc>,
): ChartTable {
  return {
    caption: `Functions, who held them and by what authority, on ${formatPartialDate(state.date)}`,
    header: ['Function', 'Held by', 'Over whom', 'By what authority', 'On this date', 'Sources'],
    rows: FUNCTION_ORDER.flatMap((fn): ChartCell[][] => {
      const held = state.powers.filter((p) => p.power.function === fn);
      if (held.length === 0)
        return [[FUNCTION_LABELS[fn], 'No holder recorded on this date', null, null, null, null]];
      return held.map((p) => [
        FUNCTION_LABELS[fn],
        name(p.power.holder),
        p.power.over ? name(p.power.over) : 'Not stated',
        p.power.authority,
        `${formatPresence(p.status, p.reasons, p.endNote)}. ${formatItemPeriod(p.power)}`,
        toCitationText(p.power.sources, sources),
      ]);
    }),
    isoDates: [
      {
        after: 4,
        header: 'Period (ISO 8601)',
        values: FUNCTION_ORDER.flatMap((fn) => {
          const held = state.powers.filter((p) => p.power.function === fn);
          return held.length === 0
            ? [null]
            : held.map((p) => toIsoPeriod(p.power.start, p.power.end));
        }),
      },
    ],
  };
}
