/**
 * React.lazy with preload(): a pre-rendered page loads the code of its lazily loaded parts before
 * React hydrates it, so that hydration never meets a part that is still loading. (In React 18 a
 * Suspense boundary still loading while hydrating is thrown away, and drawn again on the client,
 * as soon as anything above it re-renders: error #421, a flash of the loading message.)
 */
import { lazy as reactLazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyModule<T> {
  default: T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy: any component
type AnyComponent = ComponentType<any>;

export type PreloadableComponent<T extends AnyComponent> = LazyExoticComponent<T> & {
  /** Loads the code; resolves once the component can render without suspending. */
  preload: () => Promise<void>;
};

export function lazy<T extends AnyComponent>(
  load: () => Promise<LazyModule<T>>,
): PreloadableComponent<T> {
  let loaded: LazyModule<T> | undefined;
  let pending: Promise<LazyModule<T>> | undefined;
  const fetch = () => (pending ??= load().then((m) => (loaded = m)));
  // Once the code is here, React is handed a thenable that calls back at once (React.lazy takes any
  // thenable), so it renders the component in the same pass instead of suspending for a tick.
  const Component = reactLazy(
    () =>
      (loaded
        ? { then: (resolve: (m: LazyModule<T>) => void) => resolve(loaded!) }
        : fetch()) as Promise<LazyModule<T>>,
  );
  const preload = () => fetch().then(() => undefined);
  return Object.assign(Component, { preload });
}
