import { useEffect, useRef, useState } from 'react';

/**
 * The width of an element, measured after mount and whenever it changes. Before mount (and on
 * the server) it is `fallback`, so the pre-rendered chart and the first client render agree.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The width and height of an element whose size its container sets (a slide's chart area), for a
 * layout that must fit inside it. `height` is undefined until measured, and always when `track` is
 * false (a page's chart is as tall as its content: measuring it would only cause renders).
 */
export function useElementSize<T extends HTMLElement>(fallback: number, track: boolean) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<{ width: number; height?: number }>({ width: fallback });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      const width = Math.round(box.width);
      const height = track ? Math.round(box.height) : undefined;
      if (width > 0)
        setSize((old) =>
          old.width === width && old.height === height
            ? old
            : { width, height: height && height > 0 ? height : undefined },
        );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [track]);
  return [ref, size] as const;
}
