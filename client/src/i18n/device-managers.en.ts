/** Device Managers' devices: the bulk picker and an empty list explained (English). */
export const deviceManagersEn = {
  noneAssigned:
    'No devices are assigned to you yet. As Device Manager you see and look after the devices an Administrator of your organisation assigns to you.',
  ask: (name: string) => `Ask ${name}, your organisation’s primary contact, to assign them:`,
  pickerSearch: 'Find by serial number, model or location',
  pickerAccount: 'Account',
  anyAccount: 'All accounts',
  pickerSite: 'Site',
  anySite: 'All sites',
  selectShown: (n: number) => `Select all ${n} shown`,
  selected: (n: number) => (n === 1 ? '1 device selected' : `${n} devices selected`),
  noneMatch: 'No device matches.',
  assignSelected: (n: number) => (n === 1 ? 'Assign 1 device' : `Assign ${n} devices`),
  assignedMany: (n: number) => (n === 1 ? '1 device is assigned.' : `${n} devices are assigned.`),
};
