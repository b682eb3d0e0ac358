import type { deviceManagersEn } from './device-managers.en';

/** Enhedsansvarliges enheder: vælg mange på én gang og en tom liste forklaret (dansk). */
export const deviceManagersDa: typeof deviceManagersEn = {
  noneAssigned:
    'Der er endnu ikke tildelt dig nogen enheder. Som enhedsansvarlig ser og passer du de enheder, en administrator i jeres organisation tildeler dig.',
  ask: (name: string) => `Bed ${name}, jeres primære kontaktperson, om at tildele dem:`,
  pickerSearch: 'Find efter serienummer, model eller placering',
  pickerAccount: 'Konto',
  anyAccount: 'Alle konti',
  pickerSite: 'Adresse',
  anySite: 'Alle adresser',
  selectShown: (n: number) => `Vælg alle ${n} viste`,
  selected: (n: number) => (n === 1 ? '1 enhed valgt' : `${n} enheder valgt`),
  noneMatch: 'Ingen enheder passer.',
  assignSelected: (n: number) => (n === 1 ? 'Tildel 1 enhed' : `Tildel ${n} enheder`),
  assignedMany: (n: number) => (n === 1 ? '1 enhed er tildelt.' : `${n} enheder er tildelt.`),
};
