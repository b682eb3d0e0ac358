import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, demoIds, type CustomerRole, type StaffRole } from '@portal/platform';
import { Organization } from './entities/organization.entity';
import { Account } from './entities/account.entity';
import { User } from './entities/user.entity';
import { RoleGrant } from './entities/role-grant.entity';
import { DeviceAssignment } from './entities/device-assignment.entity';
import { StockLocationAssignment } from './entities/stock-location-assignment.entity';
import { hashPassword } from './domain/passwords';
import { Payment } from './entities/payment.entity';
import { nameUuid } from '@portal/platform';
import { recordAccountOpened, recordStaffMemberEvent } from './events';

const NORDISK = 'Nordisk Print A/S';
const FJORD = 'Fjord Logistik ApS';

const accounts = [
  {
    organization: NORDISK,
    name: 'Nordisk Print Copenhagen',
    customer: '100200',
    system: 'SYS-7001',
    credit: 'GOOD',
  },
  {
    organization: NORDISK,
    name: 'Nordisk Print Aarhus',
    customer: '100201',
    system: 'SYS-7002',
    credit: 'WATCH',
  },
  {
    organization: FJORD,
    name: 'Fjord Logistik',
    customer: '300400',
    system: 'SYS-9001',
    credit: 'GOOD',
  },
] as const;

interface DemoUser {
  email: string;
  name: string;
  organization?: string;
  staffRole?: StaffRole;
  grants?: [CustomerRole, string][];
  devices?: string[];
  stockLocations?: string[];
}

const users: DemoUser[] = [
  {
    email: 'anna.admin@nordiskprint.example',
    name: 'Anna Andersen',
    organization: NORDISK,
    grants: [
      ['ADMINISTRATOR', '100200'],
      ['ADMINISTRATOR', '100201'],
    ],
  },
  {
    email: 'dennis.device@nordiskprint.example',
    name: 'Dennis Dahl',
    organization: NORDISK,
    grants: [['DEVICE_MANAGER', '100200']],
    devices: ['NP1000001', 'NP1000002'],
  },
  {
    email: 'sara.stock@nordiskprint.example',
    name: 'Sara Storm',
    organization: NORDISK,
    grants: [['STOCK_MANAGER', '100200']],
    stockLocations: ['Copenhagen HQ store'],
  },
  {
    email: 'dorte.both@nordiskprint.example',
    name: 'Dorte Bach',
    organization: NORDISK,
    grants: [
      ['DEVICE_MANAGER', '100201'],
      ['STOCK_MANAGER', '100201'],
    ],
    devices: ['NP2000001'],
    stockLocations: ['Aarhus store'],
  },
  {
    email: 'sune.self@nordiskprint.example',
    name: 'Sune Skov',
    organization: NORDISK,
    grants: [['SELF_SERVICE_USER', '100200']],
  },
  {
    email: 'bo.admin@fjordlogistik.example',
    name: 'Bo Berg',
    organization: FJORD,
    grants: [['ADMINISTRATOR', '300400']],
  },
  { email: 'agent@service.example', name: 'Aksel Agent', staffRole: 'SERVICE_AGENT' },
  { email: 'planner@service.example', name: 'Pia Planner', staffRole: 'SERVICE_PLANNER' },
  { email: 'tech@service.example', name: 'Tobias Tekniker', staffRole: 'TECHNICIAN' },
];

const primaryContacts: Record<string, string> = {
  [NORDISK]: 'anna.admin@nordiskprint.example',
  [FJORD]: 'bo.admin@fjordlogistik.example',
};

/** identity's part of docs/demo-data.md: organisations, accounts, every user with grants. */
export async function seedIdentityDemo(dataSource: DataSource): Promise<void> {
  const passwordHashes = await Promise.all(users.map(() => hashPassword(DEMO_PASSWORD)));
  await dataSource.transaction(async (manager) => {
    for (const name of [NORDISK, FJORD]) {
      await manager.insert(Organization, {
        id: demoIds.organization(name),
        name,
        primaryContactId: null,
      });
    }
    for (const a of accounts) {
      await manager.insert(Account, {
        id: demoIds.account(a.customer),
        organizationId: demoIds.organization(a.organization),
        name: a.name,
        customerAccountNumber: a.customer,
        systemAccountNumber: a.system,
        creditStatus: a.credit,
      });
      await recordAccountOpened(manager, {
        accountId: demoIds.account(a.customer),
        organizationId: demoIds.organization(a.organization),
        accountNumber: a.customer,
      });
    }
    for (const [index, u] of users.entries()) {
      const id = demoIds.user(u.email);
      await manager.insert(User, {
        id,
        organizationId: u.organization ? demoIds.organization(u.organization) : null,
        email: u.email,
        name: u.name,
        passwordHash: passwordHashes[index]!,
        status: 'ACTIVE',
        staffRole: u.staffRole ?? null,
        emailConfirmedAt: new Date(),
      });
      for (const [role, account] of u.grants ?? []) {
        await manager.insert(RoleGrant, { userId: id, accountId: demoIds.account(account), role });
      }
      for (const serial of u.devices ?? []) {
        await manager.insert(DeviceAssignment, { userId: id, deviceId: demoIds.device(serial) });
      }
      for (const location of u.stockLocations ?? []) {
        await manager.insert(StockLocationAssignment, {
          userId: id,
          stockLocationId: demoIds.stockLocation(location),
        });
      }
    }
    // A year of monthly invoices per account; Aarhus (credit WATCH) left its last two unpaid.
    const today = new Date();
    for (const [index, a] of accounts.entries()) {
      for (let month = 12; month >= 1; month--) {
        const invoiced = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - month, 5));
        const paid = new Date(invoiced.getTime() + (20 + ((month * 7 + index) % 9)) * 86400_000);
        const unpaid = a.credit === 'WATCH' && month <= 2;
        // Numbered in sequence, not by month: the same numbers whatever month the data is loaded.
        const invoiceNumber = `INV-${a.customer}-${String(13 - month).padStart(4, '0')}`;
        const amount = (1850 + index * 420 + ((month * 137) % 600)).toFixed(2);
        await manager.insert(Payment, {
          id: nameUuid(`payment:${invoiceNumber}`),
          accountId: demoIds.account(a.customer),
          invoiceNumber,
          invoiceDate: invoiced.toISOString().slice(0, 10),
          dueDate: new Date(invoiced.getTime() + 30 * 86400_000).toISOString().slice(0, 10),
          amount,
          paidAmount: unpaid ? '0.00' : amount,
          currency: 'DKK',
          paidAt: unpaid ? null : paid.toISOString().slice(0, 10),
        });
      }
    }
    // The service centre's staff, as other subgraphs learn them (service orders: technicians).
    for (const u of users.filter((d) => d.staffRole))
      await recordStaffMemberEvent(manager, demoIds.user(u.email));
    for (const [organization, email] of Object.entries(primaryContacts)) {
      await manager.update(Organization, demoIds.organization(organization), {
        primaryContactId: demoIds.user(email),
      });
    }
  });
}
