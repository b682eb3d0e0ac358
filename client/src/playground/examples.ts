/** The example operations the playground opens with, one tab each. */
export const EXAMPLES = [
  {
    query: `# Who the request acts for. With an API key (Authorization: Bearer pk_…) currentApiKey
# answers with the key's name and roles and me is null; signed in to the portal, me answers.
query WhoAmI {
  currentApiKey {
    name
    createdAt
    grants { role account { customerAccountNumber name } }
  }
  me {
    name
    email
    staffRole
    organization { name }
    grants { role account { customerAccountNumber systemAccountNumber } }
  }
}
`,
  },
  {
    query: `# Devices, 10 a page: pass pageInfo.endCursor as $after for the next page.
query Devices($search: String, $after: String) {
  devices(filter: { search: $search }, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        serialNumber
        status
        model { name colour pagesPerMinute meters }
        account { customerAccountNumber }
        location { address building floor room }
        contract { contractNumber responseTimeHours billedMeters }
      }
    }
  }
}
`,
    variables: '{ "search": null, "after": null }',
  },
  {
    query: `# Refusals come back as userErrors { code field message }, not as GraphQL errors.
mutation MoveDevice($deviceId: ID!, $location: DeviceLocationInput!) {
  updateDeviceLocation(deviceId: $deviceId, location: $location) {
    device { serialNumber location { address floor room contactName contactPhone } }
    userErrors { code field message }
  }
}
`,
    variables:
      '{\n  "deviceId": "paste a device id from the Devices example",\n  "location": { "address": "Amager Strandvej 60, 2300 København S", "floor": "2", "room": "Print corner" }\n}',
  },
  {
    query: `# Help articles: full-text search in Danish and English; an exact error code comes first.
query HelpArticles($query: String) {
  knowledgeArticles(query: $query, first: 5) {
    totalCount
    edges { node { slug title language errorCodes } }
  }
}
`,
    variables: '{ "query": "E000007" }',
  },
  {
    query: `# A 15-minute access token for a tool run by a person. Integrations use an API key,
# which an Administrator creates under Users -> API keys.
mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    session { expiresAt }
    userErrors { code message }
  }
}
`,
    variables: '{ "email": "anna.admin@nordiskprint.example", "password": "" }',
  },
];
