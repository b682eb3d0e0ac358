import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { useEffect, useMemo, useRef, type ComponentProps } from 'react';
import sdl from '../__generated__/schema.graphql?raw';
import { EXAMPLES } from './examples';
import { markTabsAsButtonList } from './tab-roles';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// The documented schema ships with the page: the playground works where introspection is off.
const schema = buildSchema(sdl);

/** GraphiQL on /graphql with the caller's Bearer token, or the portal session when there is none. */
export default function GraphiQLPane({ token }: { token: string }) {
  const fetcher = useMemo<Fetcher>(
    () => async (params, options) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: token ? 'omit' : 'same-origin',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options?.headers as Record<string, string> | undefined),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(params),
      });
      return response.json();
    },
    [token],
  );
  const pane = useRef<HTMLDivElement>(null);
  useEffect(() => markTabsAsButtonList(pane.current!), []);
  return (
    <div ref={pane} className="playground__graphiql">
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        defaultTabs={EXAMPLES}
        defaultEditorToolsVisibility="variables"
      />
    </div>
  );
}
