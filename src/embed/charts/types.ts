import type { UseQueryResult } from '@tanstack/react-query';

/** The data of a loaded query, for components rendered once an EmbedGate has it. */
export type Loaded<Q> = Q extends UseQueryResult<infer T> ? NonNullable<T> : never;
