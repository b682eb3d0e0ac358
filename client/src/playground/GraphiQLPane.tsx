import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { useMemo, type ComponentProps } from 'react';
import sdl from '../__generated__/schema.graphql?raw';
import { EXAMPLES } from './examples';

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
  return (
    <GraphiQL
      fetcher={fetcher}
      schema={schema}
      defaultTabs={EXAMPLES}
      defaultEditorToolsVisibility="variables"
    />
  );
}
