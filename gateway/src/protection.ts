import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Limits checked before any planning, so an abusive document costs a subgraph nothing. The
 * limits are generous for the portal's own operations and are never revealed in errors.
 */
export const LIMITS = {
  depth: 12,
  aliases: 30,
  directives: 10,
  tokens: 5000,
  cost: 100_000,
} as const;

/** graphql-armor's cost formula (its defaults, spelled out): fair use charges the same cost. */
export const COST_OPTIONS = {
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
  ignoreIntrospection: true,
} as const;

const REFUSED = 'This request is too large or too complex. Ask for less in one request.';

/** Mutations that try a secret: at most one per document, so aliases cannot multiply guesses. */
export const SIGN_IN_MUTATIONS = new Set([
  'login',
  'register',
  'confirmEmail',
  'resendConfirmation',
  'acceptInvitation',
  'refreshSession',
  'requestPasswordReset',
  'resetPassword',
  // It tries the current password: aliases must not multiply guesses from a stolen session.
  'changePassword',
  'verifySecondFactor',
  'beginTotpEnrolment',
  'confirmTotpEnrolment',
  'removeTotp',
  // It tries an app or recovery code, like removeTotp.
  'regenerateRecoveryCodes',
  'beginPasskeySignIn',
  'finishPasskeySignIn',
  // Each start stores a pending sign-in; each finish redeems a code at the provider.
  'beginSingleSignOn',
  'finishSingleSignOn',
]);

/**
 * Counts sign-in fields by response key over the root selection set as execution collects it:
 * through inline fragments and fragment spreads, whatever the aliases. Skip/include directives
 * are ignored (counted as if they ran), so a variable cannot hide a second attempt.
 */
export function signInFieldsOf(
  selectionSet: SelectionSetNode,
  fragments: (name: string) => FragmentDefinitionNode | null | undefined,
  keys = new Set<string>(),
  visited = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (SIGN_IN_MUTATIONS.has(selection.name.value))
        keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      signInFieldsOf(selection.selectionSet, fragments, keys, visited);
    } else if (!visited.has(selection.name.value)) {
      // A fragment spread once is enough; a cycle is refused by graphql's own rule.
      visited.add(selection.name.value);
      const fragment = fragments(selection.name.value);
      if (fragment) signInFieldsOf(fragment.selectionSet, fragments, keys, visited);
    }
  }
  return keys;
}

const oneSignInPerDocument: ValidationRule = (context: ValidationContext): ASTVisitor => {
  // Per document: every mutation operation in it counts, whichever one is run.
  const keys = new Set<string>();
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const before = keys.size;
      for (const key of signInFieldsOf(operation.selectionSet, (name) => context.getFragment(name)))
        keys.add(`${operation.name?.value ?? ''}.${key}`);
      if (keys.size > 1 && before <= 1) {
        context.reportError(
          new GraphQLError('Send one sign-in, registration or confirmation per request.', {
            nodes: [operation],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
};

/** graphql-armor's validation rules and plugins plus the portal's own rule. */
export function gatewayProtection(production: boolean) {
  const common = { exposeLimits: false, errorMessage: REFUSED };
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, ...common },
    maxAliases: { n: LIMITS.aliases, ...common },
    maxDirectives: { n: LIMITS.directives, ...common },
    maxTokens: { n: LIMITS.tokens, ...common },
    costLimit: { maxCost: LIMITS.cost, ...COST_OPTIONS, ...common },
    // "Did you mean …?" helps partners in the playground; production does not tell.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: armor.plugins,
    validationRules: [...armor.validationRules, oneSignInPerDocument],
  };
}
