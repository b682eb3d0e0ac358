import type { DataSource } from 'typeorm';
import { nameUuid } from '@portal/platform';
import { KnowledgeArticle } from './entities/knowledge-article.entity';

const COLOUR_A3 = 'imageRUNNER ADVANCE DX C5840i';
const MONO_A3 = 'imageRUNNER ADVANCE DX 6860i';
const COLOUR_A4 = 'i-SENSYS MF754Cdw';
const MONO_A4 = 'i-SENSYS LBP325x';

interface DemoArticle {
  slug: string;
  language: 'da' | 'en';
  title: string;
  tags: string[];
  errorCodes?: string[];
  relatedModels?: string[];
  body: string;
}

const articles: DemoArticle[] = [
  {
    slug: 'papirstop-i-papirskuffen',
    language: 'da',
    title: 'Papirstop: sådan fjerner du fastsiddende papir',
    tags: ['papir', 'papirstop', 'skuffe'],
    errorCodes: ['E000-PAPER'],
    body: `Et papirstop viser sig som en besked på betjeningspanelet med en animation af, hvor papiret sidder fast.

1. **Sluk ikke printeren.** Følg animationen på skærmen; den viser den låge eller skuffe, du skal åbne.
2. Træk papirskuffen ud, og fjern krøllet eller skævt papir. Træk papiret **lige ud** med begge hænder, så det ikke river.
3. Åbn højre låge, og fjern papir fra fikseringsenheden. **Pas på: den kan være varm.**
4. Luk lågerne. Printeren fortsætter selv udskriften.

**Undgå nye papirstop**
- Luft papiret, før du lægger det i, og fyld ikke skuffen over stregen.
- Brug papir på 60-220 g/m², og opbevar det tørt.
- Indstil papirstørrelse og -type for skuffen, hvis du skifter papir.

Kommer papirstoppet igen samme sted flere gange om dagen, så opret en serviceordre med typen *Nedbrud*.`,
  },
  {
    slug: 'paper-jam',
    language: 'en',
    title: 'Paper jam: how to clear jammed paper',
    tags: ['paper', 'paper jam', 'tray'],
    errorCodes: ['E000-PAPER'],
    body: `A paper jam shows as a message on the control panel with an animation of where the paper is stuck.

1. **Do not switch the printer off.** Follow the animation; it shows which cover or tray to open.
2. Pull out the paper tray and remove creased or skewed sheets. Pull the paper **straight out** with both hands so that it does not tear.
3. Open the right cover and remove paper from the fixing unit. **Careful: it may be hot.**
4. Close the covers. The printer resumes the job by itself.

**Preventing jams**
- Fan the paper before loading it and do not fill the tray above the line.
- Use paper of 60-220 g/m² and keep it dry.
- Set the paper size and type for the tray when you change paper.

If the paper jams in the same place several times a day, raise a service order of type *Breakdown*.`,
  },
  {
    slug: 'skift-tonerpatron',
    language: 'da',
    title: 'Skift tonerpatron',
    tags: ['toner', 'forbrugsstoffer'],
    relatedModels: [COLOUR_A3, MONO_A3],
    body: `Når panelet skriver *Udskift toner*, kan du normalt udskrive et par hundrede sider endnu.

1. Åbn frontlågen til tonerrummet.
2. Drej den tomme patron mod uret, og træk den ud.
3. Ryst den nye patron 10-15 gange fra side til side, så toneren fordeles.
4. Skub patronen helt ind, og drej den med uret, til den låser.
5. Luk lågen. Printeren kalibrerer i ca. et minut.

Har printeren e-Maintenance, sender vi automatisk ny toner til jeres lagersted, når beholdningen falder under minimum. Brugte patroner kan returneres gratis i den medfølgende pose.`,
  },
  {
    slug: 'replace-toner-cartridge',
    language: 'en',
    title: 'Replace a toner cartridge',
    tags: ['toner', 'supplies'],
    relatedModels: [COLOUR_A3, MONO_A3],
    body: `When the panel says *Replace toner*, you can usually still print a few hundred pages.

1. Open the front cover of the toner compartment.
2. Turn the empty cartridge anticlockwise and pull it out.
3. Shake the new cartridge 10-15 times from side to side to spread the toner.
4. Push the cartridge fully in and turn it clockwise until it locks.
5. Close the cover. The printer calibrates for about a minute.

With e-Maintenance, we ship new toner to your stock location automatically when its level falls below the minimum. Used cartridges can be returned free of charge in the bag that came with the new one.`,
  },
  {
    slug: 'fejlkode-e000007',
    language: 'da',
    title: 'Fejlkode E000007: fejl i fikseringsenheden',
    tags: ['fejlkode', 'fiksering'],
    errorCodes: ['E000007'],
    relatedModels: [COLOUR_A3, MONO_A3],
    body: `E000007 betyder, at fikseringsenheden (den varme enhed, der brænder toneren fast på papiret) ikke drejer som forventet.

1. Sluk printeren på hovedafbryderen, og vent **10 minutter**.
2. Tænd igen. Forsvinder koden, kan du arbejde videre.
3. Kommer koden igen, så lad printeren være slukket og **opret en serviceordre** med typen *Nedbrud* og fejlkoden E000007. Forsøg ikke at åbne fikseringsenheden.

En tekniker udskifter typisk enheden ved første besøg.`,
  },
  {
    slug: 'error-code-e000007',
    language: 'en',
    title: 'Error code E000007: fixing unit error',
    tags: ['error code', 'fixing unit'],
    errorCodes: ['E000007'],
    relatedModels: [COLOUR_A3, MONO_A3],
    body: `E000007 means the fixing unit (the hot unit that fuses toner onto the paper) does not turn as expected.

1. Switch the printer off at the main power switch and wait **10 minutes**.
2. Switch it on again. If the code is gone, carry on working.
3. If the code returns, leave the printer off and **raise a service order** of type *Breakdown* with error code E000007. Do not try to open the fixing unit.

A technician usually replaces the unit on the first visit.`,
  },
  {
    slug: 'fejlkode-e202-0001',
    language: 'da',
    title: 'Fejlkode E202-0001: scanneren finder ikke sin startposition',
    tags: ['fejlkode', 'scanner'],
    errorCodes: ['E202-0001'],
    relatedModels: [COLOUR_A3, MONO_A3, COLOUR_A4],
    body: `E202-0001 betyder, at scannerenheden under glaspladen ikke kan finde sin startposition.

1. Kontrollér, at transportlåsen på scanneren er låst op (kun nyinstallerede maskiner).
2. Luk dokumentfødern, og fjern eventuelle genstande fra glaspladen.
3. Sluk printeren, vent 30 sekunder, og tænd igen.

Udskrivning virker ofte stadig, selvom scanneren fejler. Fortsætter fejlen, så opret en serviceordre med fejlkoden E202-0001.`,
  },
  {
    slug: 'error-code-e202-0001',
    language: 'en',
    title: 'Error code E202-0001: the scanner cannot find its home position',
    tags: ['error code', 'scanner'],
    errorCodes: ['E202-0001'],
    relatedModels: [COLOUR_A3, MONO_A3, COLOUR_A4],
    body: `E202-0001 means the scanner unit under the glass cannot find its home position.

1. Check that the scanner's transport lock is released (newly installed machines only).
2. Close the document feeder and remove any objects from the glass.
3. Switch the printer off, wait 30 seconds and switch it on again.

Printing often still works while the scanner fails. If the error persists, raise a service order with error code E202-0001.`,
  },
  {
    slug: 'indberet-taellerstand',
    language: 'da',
    title: 'Sådan indsender du en tælleraflæsning',
    // Tags: the words customers search with, also those the portal itself does not use.
    tags: ['tælleraflæsning', 'tællerstand', 'faktura', 'måleraflæsning'],
    body: `Tælleraflæsningen er grundlaget for jeres faktura, så den skal være korrekt.

**Find tællerne på printeren:** Tryk på *Tæller/Enhed* (knappen med 123) på betjeningspanelet. Her står fx *101: Total*, *108: Sort/hvid* og *106: Farve*.

**Indsend i portalen:** Vælg printeren under *Enheder*, og udfyld *Indsend en tælleraflæsning* med alle tællere, som kontrakten fakturerer. Har I mange printere, kan I indsende en CSV-fil under *Tælleraflæsninger*.

Portalen afviser en aflæsning, der er lavere end sidste gang, en aflæsning nummer to samme dag, og en stigning, printeren ikke kan have nået (fx et ekstra ciffer). Beskeden ved feltet fortæller, hvad du skal rette.

Printere med e-Maintenance indsender selv deres tælleraflæsninger.`,
  },
  {
    slug: 'submit-meter-reading',
    language: 'en',
    title: 'How to submit a meter reading',
    tags: ['meter reading', 'invoice', 'counter'],
    body: `The meter reading is what your invoice is based on, so it has to be right.

**Find the counters on the printer:** Press *Counter/Device Information* (the 123 button) on the control panel. It shows e.g. *101: Total*, *108: Black* and *106: Colour*.

**Submit in the portal:** Choose the printer under *Devices* and click *Submit meter reading*. Fill in every counter your contract bills.

The portal refuses a reading lower than the last one, a second reading on the same day, and an increase the printer cannot have printed (e.g. a typed extra digit). The message at the field tells you what to correct.

Printers with e-Maintenance submit their readings by themselves.`,
  },
  {
    slug: 'scan-til-netvaerksmappe',
    language: 'da',
    title: 'Scan til netværksmappe (SMB)',
    tags: ['scanning', 'netværk', 'smb'],
    relatedModels: [COLOUR_A3, MONO_A3, COLOUR_A4],
    body: `Sådan opretter du en netværksmappe som modtager i adressebogen:

1. Del en mappe på en server eller pc, og giv en bruger skriveadgang.
2. Åbn printerens webside (skriv printerens IP-adresse i browseren), og log på som administrator.
3. Vælg *Indstil modtager* > *Adressebog* > *Tilføj ny modtager* > *Fil*.
4. Protokol: *Windows (SMB)*. Værtsnavn: \`\\\\server\\scan\`. Indtast bruger og adgangskode.
5. Gem, og test med en enkelt side.

Fejler det, så tjek at SMB 2 eller 3 er slået til på serveren, og at printeren og serveren er i samme domæne eller arbejdsgruppe.`,
  },
  {
    slug: 'scan-to-network-folder',
    language: 'en',
    title: 'Scan to a network folder (SMB)',
    tags: ['scanning', 'network', 'smb'],
    relatedModels: [COLOUR_A3, MONO_A3, COLOUR_A4],
    body: `To add a network folder as a destination in the address book:

1. Share a folder on a server or PC and give a user write access.
2. Open the printer's web page (type the printer's IP address in a browser) and sign in as administrator.
3. Choose *Set Destination* > *Address Book* > *Register New Destination* > *File*.
4. Protocol: *Windows (SMB)*. Host name: \`\\\\server\\scan\`. Enter the user and password.
5. Save, and test with a single page.

If it fails, check that SMB 2 or 3 is enabled on the server and that the printer and the server are in the same domain or workgroup.`,
  },
  {
    slug: 'printer-offline',
    language: 'en',
    title: 'The printer shows as offline',
    tags: ['network', 'offline', 'driver'],
    relatedModels: [COLOUR_A4, MONO_A4],
    body: `When your computer says the printer is offline:

1. Check the panel: a printer in sleep mode wakes when you touch it; an error message must be cleared first.
2. Print a network status page (*Menu* > *Output Reports* > *Network Status*) and check that the IP address is the one your computer uses.
3. If the address changed, ask your IT department to reserve a fixed address for the printer, then update the printer port on the computers.
4. Restart the print spooler on the computer, or remove and add the printer again.`,
  },
  {
    slug: 'printer-offline-da',
    language: 'da',
    title: 'Printeren står som offline',
    tags: ['netværk', 'offline', 'driver'],
    relatedModels: [COLOUR_A4, MONO_A4],
    body: `Når computeren siger, at printeren er offline:

1. Se på panelet: en printer i dvale vågner, når du rører skærmen; en fejlbesked skal ryddes først.
2. Udskriv en netværksstatusside (*Menu* > *Rapporter* > *Netværksstatus*), og kontrollér, at IP-adressen er den, computeren bruger.
3. Har adressen ændret sig, så bed IT-afdelingen reservere en fast adresse til printeren, og ret printerporten på computerne.
4. Genstart udskriftskøen på computeren, eller fjern printeren og tilføj den igen.`,
  },
];

/** knowledge's part of docs/demo-data.md: articles in Danish and English, several tied to error codes. */
export async function seedKnowledgeDemo(dataSource: DataSource): Promise<void> {
  await dataSource.getRepository(KnowledgeArticle).insert(
    articles.map((a) => ({
      id: nameUuid(`knowledge:${a.slug}`),
      slug: a.slug,
      language: a.language,
      title: a.title,
      body: a.body,
      tags: a.tags,
      errorCodes: a.errorCodes ?? [],
      relatedModels: a.relatedModels ?? [],
      retiredAt: null,
    })),
  );
}
