import {
  createCustomer,
  createDevice,
  createStaffUser,
  createUser,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';

let system: TestSystem;
let sune: string;
let agent: string;
/** A device on the Self-Service user's own account. */
let serialNumber: string;
beforeAll(async () => {
  system = await startTestSystem();
  const customer = await createCustomer(system);
  agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  ({ serialNumber } = await createDevice(system, customer.accounts[0]!, { agentToken: agent }));
  sune = await (
    await createUser(system, {
      organization: customer.organization.id,
      name: 'Sune Self',
      grants: [['SELF_SERVICE_USER', customer.accounts[0]!]],
    })
  ).signIn();
}, 120_000);
afterAll(async () => {
  await system.stop();
});

const SEARCH = `query ($q: String, $language: String, $errorCode: String) {
  knowledgeArticles(query: $q, language: $language, errorCode: $errorCode, first: 10) {
    totalCount edges { node { slug language errorCodes } } } }`;
type Search = {
  knowledgeArticles: {
    totalCount: number;
    edges: { node: { slug: string; language: string; errorCodes: string[] } }[];
  };
};

async function search(variables: Record<string, unknown>, token = sune): Promise<string[]> {
  const result = await system.graphql<Search>(SEARCH, variables, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.knowledgeArticles.edges.map((e) => e.node.slug);
}

describe('knowledge articles', () => {
  it('finds the Danish paper-jam article for "papirstop", with Danish stemming', async () => {
    expect((await search({ q: 'papirstop' }))[0]).toBe('papirstop-i-papirskuffen');
    // "papirstoppet" (the definite form) stems to the same word.
    expect((await search({ q: 'papirstoppet', language: 'da' }))[0]).toBe(
      'papirstop-i-papirskuffen',
    );
  });

  it('finds an article despite a typo or a missing accent', async () => {
    expect((await search({ q: 'papirstob' }))[0]).toBe('papirstop-i-papirskuffen');
    expect((await search({ q: 'papirstob', language: 'da' }))[0]).toBe('papirstop-i-papirskuffen');
    expect((await search({ q: 'paper jamm', language: 'en' }))[0]).toBe('paper-jam');
    // Accents folded both ways: "tonerpatron" as "tönerpatron".
    expect(await search({ q: 'skift tönerpatron', language: 'da' })).toContain('skift-tonerpatron');
    // A word like no title or tag finds nothing rather than anything.
    expect(await search({ q: 'xqzvbk' })).toEqual([]);
  });

  it('finds the English paper-jam article for "paper jam"', async () => {
    expect((await search({ q: 'paper jam', language: 'en' }))[0]).toBe('paper-jam');
    expect((await search({ q: 'jammed papers' }))[0]).toBe('paper-jam');
  });

  it('puts the article for an exact error code first', async () => {
    const slugs = await search({ q: 'scanner', errorCode: 'e202-0001', language: 'en' });
    expect(slugs[0]).toBe('error-code-e202-0001');
    expect(await search({ errorCode: 'E000007' })).toEqual([
      'error-code-e000007',
      'fejlkode-e000007',
    ]);
  });

  it('suggests articles while a service order is being written', async () => {
    const result = await system.graphql<{ knowledgeSuggestions: { slug: string }[] }>(
      `query { knowledgeSuggestions(description: "Printeren siger papirstop i skuffe 2 hele tiden", language: "da") { slug } }`,
      {},
      { token: sune },
    );
    expect(result.data!.knowledgeSuggestions[0]!.slug).toBe('papirstop-i-papirskuffen');
    const byCode = await system.graphql<{ knowledgeSuggestions: { slug: string }[] }>(
      `query { knowledgeSuggestions(description: "display shows a code", errorCode: "E000007", language: "en") { slug } }`,
      {},
      { token: sune },
    );
    expect(byCode.data!.knowledgeSuggestions[0]!.slug).toBe('error-code-e000007');
  });

  it('suggests only articles that fit the draft, fewer than asked rather than padded', async () => {
    const suggest = async (description: string) => {
      const result = await system.graphql<{ knowledgeSuggestions: { slug: string }[] }>(
        `query ($d: String!) { knowledgeSuggestions(description: $d, language: "da", first: 5) { slug } }`,
        { d: description },
        { token: sune },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.knowledgeSuggestions.map((a) => a.slug);
    };
    const jam = await suggest('Papirstop i papirskuffen hver gang vi printer');
    expect(jam[0]).toBe('papirstop-i-papirskuffen');
    expect(jam.length).toBeLessThan(5);
    // Words no article is about: nothing to offer.
    expect(await suggest('Kaffemaskinen på tredje sal larmer')).toEqual([]);
  });

  it('lets a Self-Service user read articles and nothing else', async () => {
    const article = await system.graphql<{ knowledgeArticle: { title: string; body: string } }>(
      `{ knowledgeArticle(slug: "indberet-taellerstand") { title body } }`,
      {},
      { token: sune },
    );
    expect(article.data!.knowledgeArticle.title).toBe('Sådan indsender du en tælleraflæsning');
    const devices = await system.graphql<{ devices: { totalCount: number } }>(
      '{ devices { totalCount } }',
      {},
      { token: sune },
    );
    expect(devices.data!.devices.totalCount).toBe(0);
    const serial = await system.graphql<{ deviceBySerialNumber: unknown }>(
      'query ($serialNumber: String!) { deviceBySerialNumber(serialNumber: $serialNumber) { id } }',
      { serialNumber },
      { token: sune },
    );
    expect(serial.data!.deviceBySerialNumber).toBeNull();
    const users = await system.graphql(
      '{ organization { users { totalCount } } }',
      {},
      { token: sune },
    );
    expect(users.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each(['toString', 'constructor', '__proto__', 'de'])(
    'refuses the language %s as bad input, in search and suggestions',
    async (language) => {
      for (const query of [
        'query ($language: String) { knowledgeArticles(language: $language) { totalCount } }',
        'query ($language: String) { knowledgeSuggestions(description: "papirstop", language: $language) { slug } }',
      ]) {
        const result = await system.graphql(query, { language }, { token: sune });
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
    },
  );

  it('refuses anonymous readers', async () => {
    const result = await system.graphql(SEARCH, { q: 'toner' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets staff write, keeps revisions and retires articles; customers cannot write', async () => {
    const input = {
      slug: 'clean-the-scanner-glass',
      title: 'Clean the scanner glass',
      body: 'Streaks on copies come from dirt on the glass. Wipe it with a soft, damp cloth.',
      language: 'en',
      tags: ['scanner', 'copy quality'],
    };
    const CREATE = `mutation ($input: KnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { article { id slug } userErrors { code field } } }`;
    const refused = await system.graphql(CREATE, { input }, { token: sune });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await system.graphql<{ createKnowledgeArticle: { article: { id: string } } }>(
      CREATE,
      { input },
      { token: agent },
    );
    const id = created.data!.createKnowledgeArticle.article.id;
    const duplicate = await system.graphql<{
      createKnowledgeArticle: { userErrors: { code: string }[] };
    }>(CREATE, { input }, { token: agent });
    expect(duplicate.data!.createKnowledgeArticle.userErrors[0]!.code).toBe('SLUG_TAKEN');

    await system.graphql(
      `mutation ($id: ID!, $input: KnowledgeArticleInput!) { updateKnowledgeArticle(id: $id, input: $input) { userErrors { code } } }`,
      { id, input: { ...input, body: `${input.body} Never spray cleaner directly on the glass.` } },
      { token: agent },
    );
    const revisions = await system.graphql<{
      knowledgeArticle: { body: string; revisions: { revision: number; body: string }[] };
    }>(
      `{ knowledgeArticle(slug: "clean-the-scanner-glass") { body revisions { revision body } } }`,
      {},
      { token: agent },
    );
    expect(revisions.data!.knowledgeArticle.revisions).toEqual([{ revision: 1, body: input.body }]);
    expect(revisions.data!.knowledgeArticle.body).toContain('Never spray');
    expect(await search({ q: 'spray cleaner' })).toEqual(['clean-the-scanner-glass']);

    await system.graphql(
      `mutation ($id: ID!) { retireKnowledgeArticle(id: $id) { userErrors { code } } }`,
      { id },
      { token: agent },
    );
    expect(await search({ q: 'spray cleaner' })).toEqual([]);
    const gone = await system.graphql<{ knowledgeArticle: unknown }>(
      `{ knowledgeArticle(slug: "clean-the-scanner-glass") { slug } }`,
      {},
      { token: sune },
    );
    expect(gone.data!.knowledgeArticle).toBeNull();
  });

  it('has at least twelve demo articles in Danish and English', async () => {
    const result = await system.graphql<Search>(
      `{ knowledgeArticles(first: 100) { totalCount edges { node { slug language errorCodes } } } }`,
      {},
      { token: sune },
    );
    const nodes = result.data!.knowledgeArticles.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(12);
    expect(new Set(nodes.map((n) => n.language))).toEqual(new Set(['da', 'en']));
    expect(nodes.flatMap((n) => n.errorCodes)).toEqual(
      expect.arrayContaining(['E000007', 'E202-0001']),
    );
  });
});
