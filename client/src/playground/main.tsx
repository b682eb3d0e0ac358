import { lazy, StrictMode, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './playground.css';

// GraphiQL (with its editor) is large: the page shows its header first and loads it after.
const GraphiQLPane = lazy(() => import('./GraphiQLPane'));
const TOKEN_KEY = 'portal.playground.token';

function Playground() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [shown, setShown] = useState(false);
  const save = (value: string) => {
    const trimmed = value.trim().replace(/^Bearer\s+/i, '');
    setToken(trimmed);
    if (trimmed) sessionStorage.setItem(TOKEN_KEY, trimmed);
    else sessionStorage.removeItem(TOKEN_KEY);
  };
  return (
    <div className="playground">
      <header className="playground__bar">
        <h1>
          <a href="/">Canon Self-Service</a> API playground
        </h1>
        <div className="playground__token">
          <label htmlFor="token">Bearer token</label>
          <input
            id="token"
            type={shown ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            placeholder="API key or access token; empty: your portal session"
            value={token}
            onChange={(e) => save(e.target.value)}
            aria-describedby="token-help"
          />
          <button type="button" onClick={() => setShown((s) => !s)} aria-pressed={shown}>
            {shown ? 'Hide' : 'Show'}
          </button>
        </div>
        <p id="token-help" className="playground__help">
          Sent as <code>Authorization: Bearer …</code> with every request and kept in this tab only.
          The tabs hold example operations; the schema and its documentation are in the explorer on
          the left.
        </p>
      </header>
      <main className="playground__main">
        <Suspense fallback={<p className="playground__loading">Loading the playground…</p>}>
          <GraphiQLPane token={token} />
        </Suspense>
      </main>
    </div>
  );
}

createRoot(document.getElementById('playground')!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
