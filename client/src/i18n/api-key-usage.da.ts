import type { apiKeyUsageEn } from './api-key-usage.en';

/** API-nøglernes trafik pr. dag, ved siden af de nøgler en administrator styrer. */
export const apiKeyUsageDa: typeof apiKeyUsageEn = {
  title: 'Forbrug de seneste 30 dage',
  intro:
    'Forespørgsler, fejl og forespørgselsomkostning pr. dag (UTC) for hver nøgle. Hver nøgle har et budget for forespørgselsomkostning pr. minut; en forespørgsel ud over det afvises med HTTP 429, til minuttet er gået.',
  none: 'Ingen forespørgsler de seneste 30 dage.',
  day: 'Dag',
  requests: 'Forespørgsler',
  errors: 'Fejl',
  cost: 'Omkostning',
  deprecated: 'Udfasede felter brugt',
  deprecatedHint:
    'Felter og argumenter, der bliver fjernet (se skemaets ændringslog): opdatér integrationen før deres fjernelsesdato.',
  ofKey: (name: string) => `Forbrug for nøglen ${name}`,
  total: (requests: string, errors: string) => `forespørgsler: ${requests}, fejl: ${errors}`,
};
