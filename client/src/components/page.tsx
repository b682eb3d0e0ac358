import { useEffect, useRef, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';

/** The page's heading and the browser tab's title; focus moves here after navigation. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Canon Self-Service`;
    heading.current?.focus();
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

export function Loading() {
  const { m } = useI18n();
  return (
    <p className="loading" role="status">
      {m.common.loading}
    </p>
  );
}

/** A request that failed as a whole (network, server); refusals of a form are userErrors instead. */
export function RequestError({ error }: { error: CombinedError }) {
  const { m } = useI18n();
  const code = error.graphQLErrors[0]?.extensions?.code;
  const text =
    code === 'FORBIDDEN' || code === 'NOT_FOUND'
      ? m.common.notAvailable
      : error.networkError
        ? m.common.networkError
        : m.common.serverError;
  return (
    <div className="alert alert--error" role="alert">
      <p>{text}</p>
    </div>
  );
}

export function StatusBadge({
  tone,
  children,
}: {
  tone: 'ok' | 'warn' | 'bad' | 'neutral';
  children: ReactNode;
}) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
