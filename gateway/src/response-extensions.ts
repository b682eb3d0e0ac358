import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Nothing the gateway puts in a response's top-level extensions is for clients: Apollo's
 * `valueCompletion` names internal fields of the plan (and its shape may change with a version).
 */
export const responseExtensionsDropped: ApolloServerPlugin<BaseContext> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      if (response.body.kind === 'single')
        delete (response.body.singleResult as { extensions?: unknown }).extensions;
    },
  }),
};
