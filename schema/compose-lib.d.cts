import type { GraphQLSchema } from 'graphql';

export interface SubgraphSource {
  name: string;
  sdl: string;
  url: string;
}

export interface CompositionOutcome {
  /** The printed supergraph with a trailing newline; undefined when composition failed. */
  supergraphSdl: string | undefined;
  errors: string[];
  hints: string[];
}

export declare const SUPERGRAPH_FILE: string;
export declare function subgraphList(rootDir: string): readonly { name: string; port: number }[];
export declare function subgraphSdlPath(rootDir: string, name: string): string;
export declare function composeSubgraphs(subgraphs: SubgraphSource[]): CompositionOutcome;
export declare function composeSupergraph(rootDir: string): CompositionOutcome;
export declare function apiSchemaOf(supergraphSdl: string): GraphQLSchema;
export declare function breakingChanges(
  oldSupergraphSdl: string,
  newSupergraphSdl: string,
): Promise<string[]>;
