import type { invoicesEn } from './invoices.en';

/** Fakturaer og åben saldo, for kundens administratorer (dansk). */
export const invoicesDa: typeof invoicesEn = {
  nav: 'Fakturaer',
  title: 'Fakturaer',
  intro:
    'Fakturaerne på de konti, du administrerer, nyeste først, med det beløb, der stadig skal betales. Spørg servicecentret om en betaling.',
  account: 'Konto',
  openBalance: 'Åben saldo',
  nothingOpen: 'Intet at betale',
  none: 'Ingen fakturaer på denne konto endnu.',
  invoice: 'Faktura',
  invoiceDate: 'Fakturadato',
  dueDate: 'Forfald',
  amount: 'Beløb',
  open: 'At betale',
  status: 'Status',
  statuses: { OPEN: 'Åben', OVERDUE: 'Forfalden', PAID: 'Betalt' },
  show: 'Vis linjer',
  hide: 'Skjul linjer',
  showLines: (invoiceNumber: string) => `Vis linjerne på faktura ${invoiceNumber}`,
  hideLines: (invoiceNumber: string) => `Skjul linjerne på faktura ${invoiceNumber}`,
  linesOf: (invoiceNumber: string) => `Linjer på faktura ${invoiceNumber}`,
  line: 'Linje',
  device: 'Enhed',
  meter: 'Tæller',
  period: 'Periode',
  quantity: 'Antal',
  wholeAccount: 'Kontoen',
  more: 'Vis ældre fakturaer',
};
