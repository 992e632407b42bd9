import type { SelectOption } from '../../ui/SelectFilter';

/** The national file's regions as select options, in the file's order. */
export const toRegionOptions = (regions: Readonly<Record<string, string>>): SelectOption[] =>
  Object.entries(regions).map(([value, label]) => ({ value, label }));
