import { act, render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useSteps, type Steps } from './useSteps';

/** Sums 1..n, pausing after each number. */
function* sumTo(n: number): Steps<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i;
    yield;
  }
  return total;
}

function Sum({ n, budgetMs }: { n: number; budgetMs?: number }) {
  const { value, pending } = useSteps(
    useCallback(() => sumTo(n), [n]),
    budgetMs,
  );
  return <p>{`${value ?? 'none'}${pending ? ' (working)' : ''}`}</p>;
}

describe('useSteps', () => {
  it('gives the result in the first render when the steps end within the budget', () => {
    render(<Sum n={10} />);
    // Synchronously, with no tick: a small input is drawn at once, as a memo would.
    expect(screen.getByText('55')).toBeInTheDocument();
  });

  it('goes on in later tasks when the budget runs out, and then gives the result', async () => {
    // A budget of 0 ms stops after each step: 100 steps take 100 tasks.
    const { rerender } = render(<Sum n={100} budgetMs={0} />);
    expect(screen.getByText('none (working)')).toBeInTheDocument();
    expect(await screen.findByText('5050')).toBeInTheDocument();
    // New inputs: the last result stays shown, marked as being worked on, until the new one.
    rerender(<Sum n={200} budgetMs={0} />);
    expect(screen.getByText('5050 (working)')).toBeInTheDocument();
    expect(await screen.findByText('20100', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('stops working when the component goes', () => {
    vi.useFakeTimers();
    try {
      let steps = 0;
      function* counting(): Steps<number> {
        for (;;) {
          steps++;
          yield;
        }
      }
      function Forever() {
        const { pending } = useSteps(
          useCallback(() => counting(), []),
          0,
        );
        return <p>{pending ? 'working' : 'done'}</p>;
      }
      const { unmount } = render(<Forever />);
      act(() => vi.advanceTimersByTime(5));
      expect(steps).toBeGreaterThan(1);
      expect(vi.getTimerCount()).toBe(1);
      unmount();
      // No slice is left waiting to run.
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
