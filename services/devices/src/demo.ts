import type { DataSource } from 'typeorm';
import { demoIds } from '@portal/platform';
import { type MeterType } from '@portal/event-contracts';
import { TonerProduct } from './entities/toner-product.entity';
import { DeviceModel } from './entities/device-model.entity';
import { registerDevice } from './domain/device.service';
import { recordDeviceChange, systemActor } from './domain/device-history';

const toners = [
  { sku: 'C-EXV58-BK', name: 'C-EXV 58 Toner Black', colour: 'BLACK' },
  { sku: 'C-EXV58-C', name: 'C-EXV 58 Toner Cyan', colour: 'CYAN' },
  { sku: 'C-EXV58-M', name: 'C-EXV 58 Toner Magenta', colour: 'MAGENTA' },
  { sku: 'C-EXV58-Y', name: 'C-EXV 58 Toner Yellow', colour: 'YELLOW' },
  { sku: 'C-EXV60-BK', name: 'C-EXV 60 Toner Black', colour: 'BLACK' },
  { sku: 'CRG-069-BK', name: 'Cartridge 069 Black', colour: 'BLACK' },
  { sku: 'CRG-069-C', name: 'Cartridge 069 Cyan', colour: 'CYAN' },
  { sku: 'CRG-069-M', name: 'Cartridge 069 Magenta', colour: 'MAGENTA' },
  { sku: 'CRG-069-Y', name: 'Cartridge 069 Yellow', colour: 'YELLOW' },
  { sku: 'CRG-056-BK', name: 'Cartridge 056 Black', colour: 'BLACK' },
  { sku: 'PFI-110-BK', name: 'PFI-110 Ink Black', colour: 'BLACK' },
] as const;

const COLOUR_A3 = 'imageRUNNER ADVANCE DX C5840i';
const MONO_A3 = 'imageRUNNER ADVANCE DX 6860i';
const COLOUR_A4 = 'i-SENSYS MF754Cdw';
const MONO_A4 = 'i-SENSYS LBP325x';
const LARGE_FORMAT = 'imagePROGRAF TX-3100';

const models: {
  name: string;
  colour: boolean;
  ppm: number;
  meters: MeterType[];
  toners: string[];
}[] = [
  {
    name: COLOUR_A3,
    colour: true,
    ppm: 40,
    meters: ['TOTAL', 'BLACK', 'COLOUR'],
    toners: ['C-EXV58-BK', 'C-EXV58-C', 'C-EXV58-M', 'C-EXV58-Y'],
  },
  { name: MONO_A3, colour: false, ppm: 60, meters: ['TOTAL', 'BLACK'], toners: ['C-EXV60-BK'] },
  {
    name: COLOUR_A4,
    colour: true,
    ppm: 30,
    meters: ['TOTAL', 'BLACK', 'COLOUR'],
    toners: ['CRG-069-BK', 'CRG-069-C', 'CRG-069-M', 'CRG-069-Y'],
  },
  { name: MONO_A4, colour: false, ppm: 45, meters: ['TOTAL', 'BLACK'], toners: ['CRG-056-BK'] },
  {
    name: LARGE_FORMAT,
    colour: true,
    ppm: 3,
    meters: ['TOTAL', 'LARGE_FORMAT'],
    toners: ['PFI-110-BK'],
  },
];

const HQ = 'Copenhagen HQ store';
const AARHUS = 'Aarhus store';
const FJORD = 'Fjord main store';

const devices: {
  serial: string;
  account: string;
  model: string;
  store: string | null;
  hours: number;
  address: string;
  floor: string;
  room: string;
  /** Where it stood before the Administrator moved it to floor/room. */
  moved?: { floor: string; room: string; by: string; byName: string };
}[] = [
  {
    serial: 'NP1000001',
    account: '100200',
    model: COLOUR_A3,
    store: HQ,
    hours: 4,
    address: 'Vesterbrogade 12, 1620 København V',
    floor: '2',
    room: 'Print room 2.14',
  },
  {
    serial: 'NP1000002',
    account: '100200',
    model: MONO_A3,
    store: HQ,
    hours: 8,
    address: 'Vesterbrogade 12, 1620 København V',
    floor: '3',
    room: 'Copy corner 3.02',
  },
  {
    serial: 'NP1000003',
    account: '100200',
    model: COLOUR_A3,
    store: HQ,
    hours: 8,
    address: 'Vesterbrogade 12, 1620 København V',
    floor: '4',
    room: 'Marketing 4.10',
    moved: {
      floor: '3',
      room: 'Copy corner 3.05',
      by: 'anna.admin@nordiskprint.example',
      byName: 'Anna Andersen',
    },
  },
  {
    serial: 'NP1000004',
    account: '100200',
    model: COLOUR_A4,
    store: null,
    hours: 8,
    address: 'Vesterbrogade 12, 1620 København V',
    floor: '1',
    room: 'Reception',
  },
  {
    serial: 'NP1000005',
    account: '100200',
    model: MONO_A4,
    store: null,
    hours: 16,
    address: 'Vesterbrogade 12, 1620 København V',
    floor: '1',
    room: 'Finance 1.05',
  },
  {
    serial: 'NP1000006',
    account: '100200',
    model: LARGE_FORMAT,
    store: null,
    hours: 16,
    address: 'Vesterbrogade 12, 1620 København V',
    floor: 'K',
    room: 'Drawing office',
  },
  {
    serial: 'NP2000001',
    account: '100201',
    model: COLOUR_A3,
    store: AARHUS,
    hours: 8,
    address: 'Åboulevarden 40, 8000 Aarhus C',
    floor: '1',
    room: 'Open office',
  },
  {
    serial: 'NP2000002',
    account: '100201',
    model: MONO_A3,
    store: AARHUS,
    hours: 8,
    address: 'Åboulevarden 40, 8000 Aarhus C',
    floor: '2',
    room: 'Warehouse office',
  },
  {
    serial: 'NP2000003',
    account: '100201',
    model: COLOUR_A4,
    store: null,
    hours: 8,
    address: 'Åboulevarden 40, 8000 Aarhus C',
    floor: '2',
    room: 'Meeting room Ådalen',
  },
  {
    serial: 'FL3000001',
    account: '300400',
    model: COLOUR_A3,
    store: FJORD,
    hours: 8,
    address: 'Havnegade 5, 5000 Odense C',
    floor: '1',
    room: 'Dispatch',
  },
  {
    serial: 'FL3000002',
    account: '300400',
    model: MONO_A3,
    store: null,
    hours: 8,
    address: 'Havnegade 5, 5000 Odense C',
    floor: '1',
    room: 'Goods in',
  },
  {
    serial: 'FL3000003',
    account: '300400',
    model: MONO_A4,
    store: null,
    hours: 8,
    address: 'Havnegade 5, 5000 Odense C',
    floor: '2',
    room: 'Accounts',
  },
];

/** devices' part of docs/demo-data.md: models, toner products and the twelve devices, with events. */
export async function seedDevicesDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.insert(TonerProduct, [...toners]);
    for (const m of models) {
      await manager.insert(DeviceModel, {
        id: demoIds.model(m.name),
        name: m.name,
        colour: m.colour,
        pagesPerMinute: m.ppm,
        meters: m.meters,
        tonerSkus: m.toners,
      });
    }
    for (const [index, d] of devices.entries()) {
      const model = models.find((m) => m.name === d.model)!;
      const device = await registerDevice(
        manager,
        {
          id: demoIds.device(d.serial),
          serialNumber: d.serial,
          modelId: demoIds.model(d.model),
          accountId: demoIds.account(d.account),
          location: {
            address: d.address,
            building: null,
            floor: d.moved ? d.moved.floor : d.floor,
            room: d.moved ? d.moved.room : d.room,
            note: null,
            contactName: 'Facility desk',
            contactPhone: '+45 33 12 34 56',
          },
          installedAt: `202${(index % 4) + 1}-0${(index % 9) + 1}-15`,
          contract: {
            contractNumber: `SC-${d.account}-${String(index + 1).padStart(3, '0')}`,
            responseTimeHours: d.hours,
            billedMeters: model.meters,
            readingFrequency: 'MONTHLY',
          },
          eMaintenance: d.store !== null,
          stockLocationId: d.store ? demoIds.stockLocation(d.store) : null,
        },
        systemActor('demo'),
      );
      if (d.moved) {
        // A move the Administrator made, so that the location history has a story to tell.
        device.location = { ...device.location, floor: d.floor, room: d.room };
        await recordDeviceChange(
          manager,
          await manager.save(device),
          { type: 'DeviceLocationChanged' },
          { by: `user:${demoIds.user(d.moved.by)}`, byName: d.moved.byName },
        );
      }
    }
  });
}
