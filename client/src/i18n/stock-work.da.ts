import type { TonerColour } from '../__generated__/graphql';
import type { ReasonWords, stockWorkEn } from './stock-work.en';

const COLOURS: Record<TonerColour, string> = {
  BLACK: 'sort',
  CYAN: 'cyan',
  MAGENTA: 'magenta',
  YELLOW: 'gul',
};

/** Lagersteder, manuelle tonerbestillinger, leveringer og servicecentrets forsendelser (dansk). */
export const stockWorkDa: typeof stockWorkEn = {
  reason: {
    TONER_LOW: (r: ReasonWords) =>
      [
        `Lav toner på ${r.serialNumber ?? 'en printer'}`,
        r.colour ? ` (${COLOURS[r.colour]} på ${r.levelPercent ?? '?'} %)` : '',
        r.position !== null && r.position !== undefined
          ? `: ${r.position} på lager og undervejs, under minimum på ${r.minimumLevel}; bestilt op til målet på ${r.targetLevel}.`
          : '.',
      ].join(''),
    MANUAL_REQUEST: (r: ReasonWords) =>
      r.note ? `Bestilt manuelt: “${r.note}”` : 'Bestilt manuelt.',
  },
  requestedBy: (name: string) => `Bestilt af ${name}`,
  editLocation: 'Ret lagersted',
  locationTitle: (name: string) => `Ret ${name}`,
  name: 'Navn',
  address: 'Leveringsadresse',
  shippingInstructions: 'Leveringsanvisning',
  shippingHint: 'Til fragtmanden, fx varemodtagelsen, port 3.',
  contactName: 'Kontaktperson',
  saveLocation: 'Gem lagersted',
  locationSaved: 'Lagerstedet er gemt.',
  editLevels: 'Ret minimum og mål',
  levelsTitle: (name: string) => `Minimum og mål for ${name}`,
  levelsIntro:
    'Under minimum (på lager og undervejs) bestilles toner op til målet. Antallet på lager forbliver som optalt.',
  minimumOf: (toner: string) => `Minimum: ${toner}`,
  targetOf: (toner: string) => `Mål: ${toner}`,
  saveLevels: 'Gem minimum og mål',
  levelsSaved: 'Minimum og mål er gemt.',
  targetBelowMinimum: 'Målet skal være mindst minimum.',
  requestToner: 'Bestil toner',
  requestTitle: (name: string) => `Bestil toner til ${name}`,
  requestIntro:
    'Til printere uden e-Maintenance: servicecentret godkender bestillingen og sender toneren.',
  product: 'Toner',
  units: 'Antal',
  note: 'Besked til servicecentret',
  noteHint: 'Fx hvilke printere den skal bruges til.',
  sendRequest: 'Send bestilling',
  requestSent: (quantity: string, toner: string) =>
    `Din bestilling af ${quantity} × ${toner} er sendt. Servicecentret godkender den, før den afsendes.`,
  wholeUnits: 'Skriv et helt tal på 1 eller mere.',
  received: 'Modtaget antal',
  receivedOf: (toner: string) => `Modtaget antal af ${toner}`,
  confirm: 'Bekræft',
  outstanding: (n: string) => `${n} mangler`,
  receivedSoFar: (received: string, of: string) => `${received} af ${of} modtaget`,
  deliveredShort: (received: string, outstanding: string, toner: string) =>
    `${received} × ${toner} er lagt på lager; ${outstanding} mangler stadig.`,
  undo: 'Fortryd',
  undoOf: (toner: string) => `Fortryd den seneste levering af ${toner}`,
  undone: (quantity: string, toner: string) =>
    `Leveringen af ${quantity} × ${toner} er fortrudt og trukket fra lageret igen.`,
  tracking: (carrier: string, number: string) => `${carrier} ${number}`,
  declined: (reason: string) => `Afvist: ${reason}`,
  queueTitle: 'Tonerforsendelser',
  queueIntro:
    'Manuelle bestillinger venter på godkendelse; godkendte og automatiske bestillinger venter på at blive afsendt med fragtmandens sporingsnummer.',
  navLabel: 'Tonerforsendelser',
  requestsTitle: 'Bestillinger til godkendelse',
  noRequests: 'Ingen bestillinger venter på godkendelse.',
  toDispatchTitle: 'Til afsendelse',
  nothingToDispatch: 'Intet venter på at blive afsendt.',
  onTheWayTitle: 'Undervejs',
  nothingOnTheWay: 'Intet er undervejs.',
  location: 'Lagersted',
  approve: 'Godkend',
  approveOf: (quantity: string, toner: string, location: string) =>
    `Godkend ${quantity} × ${toner} til ${location}`,
  approved: (quantity: string, toner: string) =>
    `${quantity} × ${toner} er godkendt: afsend den nedenfor.`,
  decline: 'Afvis',
  declineReason: 'Hvorfor den afvises (kunden ser dette)',
  declineOf: (quantity: string, toner: string, location: string) =>
    `Afvis ${quantity} × ${toner} til ${location}`,
  declinedDone: (quantity: string, toner: string) =>
    `Bestillingen af ${quantity} × ${toner} er afvist.`,
  carrier: 'Fragtfirma',
  trackingNumber: 'Sporingsnummer',
  dispatch: 'Afsend',
  dispatchOf: (quantity: string, toner: string, location: string) =>
    `Afsend ${quantity} × ${toner} til ${location}`,
  dispatched: (quantity: string, toner: string) => `${quantity} × ${toner} er afsendt.`,
  stockLocationsToManage: 'Lagersteder, brugeren styrer',
  stockLocationsNeedManager:
    'Giv brugeren rollen Lageransvarlig på en konto for at tildele dens lagersteder.',
  noStockLocations: 'Ingen lagersteder tildelt.',
  assignStockLocation: 'Tildel lagersted',
  unassignStockLocation: (name: string) => `Fjern ${name}`,
  stockLocationAssigned: (name: string) => `${name} er tildelt.`,
  stockLocationUnassigned: (name: string) => `${name} er ikke længere tildelt.`,
  codes: {
    MORE_THAN_OUTSTANDING: (n: number) => `Kun ${n} mangler at blive leveret.`,
    NOTHING_TO_UNDO: 'Der er ingen levering at fortryde.',
    UNDO_EXPIRED: 'En levering kan kun fortrydes i 5 minutter. Registrér en optælling i stedet.',
  },
};
