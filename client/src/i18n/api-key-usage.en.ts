/** API keys' traffic per day, beside the keys an Administrator manages. */
export const apiKeyUsageEn = {
  title: 'Usage in the last 30 days',
  intro:
    'Requests, errors and query cost per day (UTC) of each key. Each key may spend a query-cost budget per minute; a request over it is refused with HTTP 429 until the minute is over.',
  none: 'No requests in the last 30 days.',
  day: 'Day',
  requests: 'Requests',
  errors: 'Errors',
  cost: 'Query cost',
  deprecated: 'Deprecated fields used',
  deprecatedHint:
    'Fields and arguments that will be removed (see the schema changelog): update the integration before their removal dates.',
  ofKey: (name: string) => `Usage of the key ${name}`,
  total: (requests: string, errors: string) => `requests: ${requests}, errors: ${errors}`,
};
