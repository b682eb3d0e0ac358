/** The sha256 graphql-codegen put in a document (`sha256:<hex>`), as the gateway knows it. */
export function persistedHashOf(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? '';
  return hash.replace(/^sha256:/, '');
}
