/**
 * Plain paging for long lists (issue 24: 50,000 milestones made /data build 750,000 DOM nodes and
 * block the main thread for 18.5 s). Pages of 100 with "Showing 1–100 of 50,000" and Previous /
 * Next buttons: simpler than virtual scrolling and read the same way by a screen reader, by find
 * in page and in print.
 */
import { useMemo, useState } from 'react';

export const PAGE_SIZE = 100;

const number = (n: number) => n.toLocaleString('en-GB');

export interface PageRange {
  /** Zero-based page, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Index of the first item shown, and one past the last. */
  start: number;
  end: number;
}

/** Which items page `page` shows out of `total`. */
export function toPageRange(total: number, page: number, size = PAGE_SIZE): PageRange {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  return { page: p, pages, start: p * size, end: Math.min(total, (p + 1) * size) };
}

/** "Showing 1–100 of 50,000 records" (or "Showing all 12 records"). */
export function describePage(range: PageRange, total: number, noun: string): string {
  if (total === 0) return `No ${noun} to show`;
  if (range.pages === 1) return `Showing all ${number(total)} ${noun}`;
  return `Showing ${number(range.start + 1)}–${number(range.end)} of ${number(total)} ${noun}`;
}

/**
 * The page of `items` to show; back to the first page when `resetKey` changes (a new filter or
 * sort), and to the page holding the item a link's #fragment names when the items arrive.
 */
export function usePaged<T>(
  items: readonly T[],
  resetKey: string,
  fragmentOf: (item: T) => string,
): { range: PageRange; shown: readonly T[]; setPage: (page: number) => void } {
  const [state, setState] = useState<{ page: number; key: string } | null>(null);
  const hash = typeof window === 'undefined' ? '' : window.location.hash.slice(1);
  const linkedPage = useMemo(() => {
    if (!hash) return 0;
    let target = hash;
    try {
      target = decodeURIComponent(hash);
    } catch {
      // a malformed escape in the address: look for it as written
    }
    const index = items.findIndex((item) => fragmentOf(item) === target);
    return index < 0 ? 0 : Math.floor(index / PAGE_SIZE);
    // fragmentOf is a pure mapping; only the items and the fragment decide the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, hash]);
  const page = state !== null && state.key === resetKey ? state.page : linkedPage;
  const range = toPageRange(items.length, page);
  return {
    range,
    shown: range.pages === 1 ? items : items.slice(range.start, range.end),
    setPage: (next) => setState({ page: next, key: resetKey }),
  };
}

/** Previous and next buttons with where the reader is; nothing when everything fits one page. */
export function Pager({
  range,
  label,
  onPage,
}: {
  range: PageRange;
  /** Names the navigation landmark, e.g. "Pages of records". */
  label: string;
  onPage: (page: number) => void;
}) {
  if (range.pages <= 1) return null;
  return (
    <nav className="app-pager" aria-label={label}>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={range.page === 0}
          onClick={() => onPage(range.page - 1)}
        >
          Previous {PAGE_SIZE}
        </button>
        <span className="govuk-body app-pager__where">
          Page {number(range.page + 1)} of {number(range.pages)}
        </span>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={range.page === range.pages - 1}
          onClick={() => onPage(range.page + 1)}
        >
          Next {PAGE_SIZE}
        </button>
      </div>
    </nav>
  );
}
