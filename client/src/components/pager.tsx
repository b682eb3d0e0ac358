import { useI18n } from '../i18n/i18n';

interface PagerProps {
  /** 1-based */
  page: number;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
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
