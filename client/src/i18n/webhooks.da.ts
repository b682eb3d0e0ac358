import type { webhooksEn } from './webhooks.en';

/** Partner-webhooks (dansk). */
export const webhooksDa: typeof webhooksEn = {
  title: 'Webhooks',
  intro:
    'Jeres systemer kan få besked om, hvad der sker på jeres konti, i stedet for at spørge: registrér et HTTPS-endpoint og vælg hændelserne. Hver besked er signeret (Standard Webhooks) med endpointets hemmelighed, prøves igen i 24 timer, indtil endpointet svarer 2xx, og leveres i rækkefølge pr. ordre, forsendelse, aflæsning eller enhed.',
  none: 'Ingen endpoints endnu.',
  create: 'Tilføj endpoint',
  url: 'URL',
  urlHint: 'Hvor vi sender hændelserne (POST), fx https://erp.example.com/hooks/canon.',
  description: 'Beskrivelse (valgfri)',
  eventTypes: 'Hændelser',
  types: {
    SERVICE_ORDER_STATUS_CHANGED: 'Serviceordre skiftede status',
    METER_READING_ACCEPTED: 'Tælleraflæsning godkendt',
    METER_READING_CORRECTED: 'Tælleraflæsning rettet eller annulleret',
    SHIPMENT_CREATED: 'Tonerforsendelse oprettet',
    SHIPMENT_DISPATCHED: 'Tonerforsendelse afsendt',
    SHIPMENT_DELIVERED: 'Tonerforsendelse leveret',
    DEVICE_REGISTERED: 'Enhed registreret',
    DEVICE_UPDATED: 'Enhed ændret',
    DEVICE_STATUS_CHANGED: 'Enhed afmeldt eller udfaset',
  },
  status: {
    PENDING: 'Venter',
    DELIVERED: 'Leveret',
    FAILED: 'Mislykkedes',
  },
  secretOnce: (url: string) =>
    `Signeringshemmeligheden for ${url}. Kopiér den til jeres modtager nu: den vises kun denne ene gang.`,
  enabled: 'Aktiv',
  disabled: 'Slået fra',
  persistentFailure:
    'Vi har slået dette endpoint fra: det tog ikke imod en besked i 24 timer. Slå det til, når det virker igen, og send det manglende igen.',
  previousSecret: 'Forrige hemmelighed',
  previousSecretUntil: (when: string) => `Signerer også, indtil ${when}`,
  enable: 'Slå til',
  disable: 'Slå fra',
  rotate: 'Ny hemmelighed',
  log: 'Leveringslog',
  remove: 'Fjern',
  removeConfirm: (url: string) => `Fjern ${url} og dets leveringslog?`,
  noDeliveries: 'Intet sendt til dette endpoint endnu.',
  deliveries: (n: number) => `${n} ${n === 1 ? 'besked' : 'beskeder'}, nyeste først`,
  event: 'Hændelse',
  attempts: 'Forsøg',
  noAnswer: 'intet svar',
  duration: (ms: number) => `${ms} ms`,
  nextAttempt: (when: string) => `næste forsøg ${when}`,
  redeliver: 'Send igen',
  codes: {
    INVALID_URL: 'Skriv en hel URL, der starter med https://, uden brugernavn og adgangskode.',
    HTTPS_REQUIRED: 'URL’en skal starte med https://.',
    ADDRESS_NOT_ALLOWED:
      'URL’en peger på en privat, lokal eller link-local adresse. Brug en adresse, der kan nås fra internettet.',
    HOST_NOT_FOUND: 'Værtsnavnet findes ikke. Tjek URL’en.',
    TOO_MANY_ENDPOINTS: 'En konto kan have højst 20 endpoints.',
    ENDPOINT_DISABLED: 'Slå endpointet til først.',
    NOT_FOUND: 'Dette endpoint findes ikke længere.',
  },
};
