/**
 * A long computation, written as a generator that yields now and then, run without holding the
 * main thread for long (issue 24: deriving 50,000 records for /data took one task of 0.4-0.6 s).
 * Small inputs finish within the first budget, during the render, exactly as a `useMemo` would;
 * only a large one goes on in slices of `budgetMs`, each a task of its own, between which the
 * browser can paint and answer the reader.
 */
import { useEffect, useMemo, useState } from 'react';

/** A computation that yields (nothing) where it may be paused, and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** How long one slice may run, in ms: well under the 200 ms a task may take (issue 24). */
export const SLICE_BUDGET_MS = 25;

interface Run<T> {
  steps: Steps<T>;
  /** Set once the steps have run to their end. */
  result?: { value: T };
}

/** Runs `run` on until its end or until `budgetMs` have gone; true when it has ended. */
function advance<T>(run: Run<T>, budgetMs: number): boolean {
  if (run.result) return true;
  const until = performance.now() + budgetMs;
  for (;;) {
    const next = run.steps.next();
    if (next.done) {
      run.result = { value: next.value };
      return true;
    }
    if (performance.now() >= until) return false;
  }
}

export interface StepsState<T> {
  /** The result for the current inputs; while they are still being worked on, the last result. */
  value: T | undefined;
  /** True while the result for the current inputs is still being worked out. */
  pending: boolean;
}

/**
 * The result of `make()`'s steps, worked out again when `make` changes (memoise it with
 * useCallback on its inputs). `make` must be pure: it may run twice in development, like a memo.
 */
export function useSteps<T>(make: () => Steps<T>, budgetMs = SLICE_BUDGET_MS): StepsState<T> {
  const run = useMemo(() => {
    const started: Run<T> = { steps: make() };
    advance(started, budgetMs);
    return started;
  }, [make, budgetMs]);
  const [finished, setFinished] = useState<{ run: Run<T>; value: T } | null>(null);

  useEffect(() => {
    if (run.result) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      if (advance(run, budgetMs)) setFinished({ run, value: run.result!.value });
      else timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [run, budgetMs]);

  if (run.result) return { value: run.result.value, pending: false };
  return { value: finished?.value, pending: true };
}
