import { useMemo } from 'react';
import { resolveAsAt } from '../../domain/asAt';
import { diffOnDay, getChangeDates, getChangeOnOrBefore, governanceAsAt } from '../../domain/governance';
import { makeNameLookup } from '../../domain/governanceText';
import type { GovernanceFile, MetaFile } from '../../domain/types';
import { useEmbedParams } from '../useEmbedSearch';

/** The structure on the address's as-at date (the dataset's default without one), and what last changed. */
export function useGovernanceAsAt(file: GovernanceFile, meta: MetaFile) {
  const date = resolveAsAt(useEmbedParams().get('asAt'), meta.defaultAsAt);
  return useMemo(() => {
    const last = getChangeOnOrBefore(getChangeDates(file), date);
    return {
      date,
      name: makeNameLookup(file),
      state: governanceAsAt(file, date),
      lastDiff: last ? diffOnDay(file, last.date) : undefined,
    };
  }, [file, date]);
}
