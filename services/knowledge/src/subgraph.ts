import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-tag';
import type { SubgraphDefinition } from '@portal/platform';
import { entities, migrations } from './database';
import { resolvers } from './resolvers';
import { KnowledgeService } from './domain/knowledge.service';
import type { KnowledgeContext } from './context';

export const typeDefs = gql(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

/** The knowledge subgraph: self-help articles, searched in Danish and English. */
export const knowledge: SubgraphDefinition<KnowledgeContext> = {
  name: 'knowledge',
  typeDefs,
  resolvers,
  entities,
  migrations,
  context: (base) => ({
    ...base,
    knowledge: new KnowledgeService(base.dataSource, base.principal, base.loaders),
  }),
};
