import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';

interface PagerProps {
  /** 1-based */
  page: number;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
}

/**
 * Where a paged list is: the cursors of the pages before this one, since Relay connections only
 * page forwards and the way back needs the cursor we came from.
 */
export function usePages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    /** The cursor this page starts after; null on page 1. */
    after: cursors[cursors.length - 1] ?? null,
    /** Back to page 1. */
    restart: () => setCursors([null]),
    pagerProps: (pageInfo: { hasNextPage: boolean; endCursor?: string | null }): PagerProps => ({
      page: cursors.length,
      hasNext: pageInfo.hasNextPage,
      onPrevious: () => setCursors((c) => c.slice(0, -1)),
      onNext: () => setCursors((c) => [...c, pageInfo.endCursor ?? null]),
    }),
  };
}

/**
 * A paged list whose filters are kept in the address, so a filtered list can be linked and
 * reloaded. A new filter starts again at page 1.
 */
export function useFilteredPages() {
  const [params, setParams] = useSearchParams();
  const pages = usePages();
  /** Sets the filters given; an empty or null value removes its filter. */
  function setFilters(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
    pages.restart();
  }
  return { ...pages, params, setFilters };
}

/** Forward cursors with a way back: Relay connections only page forwards. */
export function Pager({ page, hasNext, onPrevious, onNext }: PagerProps) {
  const { m } = useI18n();
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pager" aria-label={m.common.pages}>
      <button
        type="button"
        className="button button--secondary"
        onClick={onPrevious}
        disabled={page === 1}
      >
        {m.common.previous}
      </button>
      <span aria-live="polite">{m.common.page(page)}</span>
      <button
        type="button"
        className="button button--secondary"
        onClick={onNext}
        disabled={!hasNext}
      >
        {m.common.next}
      </button>
    </nav>
  );
}
