import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazy } from './lazy';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazy with preload', () => {
  it('renders without suspending once preloaded, so a hydrating page never shows its fallback', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Hello }));
    const View = lazy(load);
    await View.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <View name="world" />
      </Suspense>,
    );
    // Synchronously: no fallback, no tick to wait for.
    expect(screen.getByText('Hello world')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends as React.lazy does when not preloaded, and loads the code once', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Hello }));
    const View = lazy(load);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <View name="there" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello there')).toBeInTheDocument();
    await View.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
