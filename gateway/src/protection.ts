import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
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

const REFUSED = 'This request is too large or too complex. Ask for less in one request.';

/** Mutations that try a secret: at most one per document, so aliases cannot multiply guesses. */
export const SIGN_IN_MUTATIONS = new Set([
  'login',
  'register',
  'confirmEmail',
  'resendConfirmation',
  'acceptInvitation',
  'refreshSession',
  'verifySecondFactor',
  'beginTotpEnrolment',
  'confirmTotpEnrolment',
  'removeTotp',
  'beginPasskeySignIn',
  'finishPasskeySignIn',
]);

const oneSignInPerDocument: ValidationRule = (context: ValidationContext): ASTVisitor => {
  let signIns = 0;
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind === Kind.FIELD && SIGN_IN_MUTATIONS.has(selection.name.value)) signIns++;
      }
      if (signIns > 1) {
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
    costLimit: { maxCost: LIMITS.cost, ignoreIntrospection: true, ...common },
    // "Did you mean …?" helps partners in the playground; production does not tell.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: armor.plugins,
    validationRules: [...armor.validationRules, oneSignInPerDocument],
  };
}
