import type { articlesEn } from './articles.en';

/** Servicecentret skriver og reviderer hjælpeartikler (dansk). */
export const articlesDa: typeof articlesEn = {
  write: 'Skriv en artikel',
  edit: 'Ret denne artikel',
  newTitle: 'Ny hjælpeartikel',
  editTitle: 'Revidér hjælpeartikel',
  formLabel: 'Hjælpeartikel',
  title: 'Titel',
  slug: 'Adresse (slug)',
  slugHint: 'Ord med små bogstaver forbundet med bindestreg, fx fjern-papirstop.',
  tags: 'Emneord',
  errorCodes: 'Fejlkoder',
  relatedModels: 'Modeller (tom: alle)',
  commaHint: 'Adskilt med komma.',
  body: 'Tekst (Markdown)',
  bodyHint: '# Overskrift, **fed**, - liste, [link](https://…)',
  preview: 'Forhåndsvisning',
  emptyPreview: '*Forhåndsvisningen vises, mens du skriver.*',
  publish: 'Udgiv',
  saveRevision: 'Gem revision',
  revisions: 'Tidligere versioner',
  revisionLine: (n: number, at: string) => `Version ${n}, gemt ${at}`,
};
