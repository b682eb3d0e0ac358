import type { DataSource, EntityManager } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import {
  fromGlobalId,
  IdempotencyKeys,
  type CreateOutcome,
  userError,
  type Principal,
  type UserError,
} from '@portal/platform';
import { maySeeStockLocation, type MeterType } from '@portal/event-contracts';
import { Device } from '../entities/device.entity';
import { DeviceModel } from '../entities/device-model.entity';
import { StockLocationProjection } from '../entities/stock-location-projection.entity';
import { AccountProjection } from '../entities/account-projection.entity';
import { assertMayAttempt, mayChange, type DeviceAction } from './device-access';
import { actorOf, recordDeviceChange, type DeviceChangeRecord } from './device-history';
import {
  checkContract,
  checkInstalledAt,
  checkLocation,
  checkReason,
  checkSerial,
  sameContract,
  sameLocation,
  type ContractInput,
  type LocationInput,
} from './device-input';
import { registerDevice, type DeviceService, type RegisterDeviceInput } from './device.service';

export interface DevicePayload {
  device: Device | null;
  userErrors: UserError[];
}

export interface RegisterDeviceRequest {
  serialNumber: string;
  modelId: string;
  accountId: string;
  location: LocationInput;
  installedAt: string;
  contract: ContractInput;
  eMaintenance?: boolean | null;
  stockLocationId?: string | null;
  /** Optional: a retry with the same key and input replays the first answer. */
  idempotencyKey?: string | null;
}

/** What applying a change to a locked device came to. */
type Outcome = DeviceChangeRecord | UserError[] | 'unchanged';

const ALL_METERS: MeterType[] = ['TOTAL', 'BLACK', 'COLOUR', 'LARGE_FORMAT', 'SCAN'];
const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

const notFound = (): DevicePayload => ({
  device: null,
  userErrors: [userError('NOT_FOUND', ['deviceId'], 'No such device.')],
});
const serialTaken = (): DevicePayload => ({
  device: null,
  userErrors: [
    userError(
      'SERIAL_TAKEN',
      ['input', 'serialNumber'],
      'A device with this serial number is already registered.',
    ),
  ],
});

/** A registration whose input is valid: what registerDevice stores (in the default time zone). */
type Registration = Omit<RegisterDeviceInput, 'timeZone' | 'id'>;

const noStockLocation = (field: string[]): UserError =>
  userError('STOCK_LOCATION_NOT_FOUND', field, "No such stock location on the device's account.");

/**
 * Whether the stock location exists, the caller sees it and it is on the account: a location of
 * another account (or organisation) answers exactly as a made-up id does.
 */
async function stockLocationOnAccount(
  manager: EntityManager,
  principal: Principal,
  stockLocationId: string,
  accountId: string,
): Promise<boolean> {
  const location = await manager.findOneBy(StockLocationProjection, { stockLocationId });
  return (
    location !== null &&
    location.accountId === accountId &&
    maySeeStockLocation(principal, { id: stockLocationId, accountId })
  );
}

const notActive = (device: Device): UserError[] => [
  userError(
    'DEVICE_NOT_ACTIVE',
    ['deviceId'],
    device.status === 'DECOMMISSIONED'
      ? 'The device is decommissioned: it can no longer be changed.'
      : 'Removal of the device has been requested: withdraw the request to change it.',
  ),
];

/**
 * Every change of a device. Each one authorises first (a device the caller may not change is
 * "not found"), validates, then writes the device, its history row and its event in one
 * transaction with the device row locked, and wakes the outbox relay after the commit.
 */
export class DeviceChangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly devices: DeviceService,
    private readonly eventsRecorded: () => void,
  ) {}

  updateLocation(deviceId: string, input: LocationInput): Promise<DevicePayload> {
    return this.change('device:update-location', deviceId, (device) => {
      const location = checkLocation(input, ['location']);
      if (location.errors.length) return location.errors;
      if (device.status !== 'ACTIVE') return notActive(device);
      if (sameLocation(device.location, location.value!)) return 'unchanged';
      device.location = location.value!;
      return { type: 'DeviceLocationChanged' };
    });
  }

  requestRemoval(deviceId: string, reason: string): Promise<DevicePayload> {
    return this.change('device:request-removal', deviceId, (device) => {
      const checked = checkReason(reason, ['reason'], { required: true });
      if (checked.errors.length) return checked.errors;
      if (device.status !== 'ACTIVE') {
        return [
          userError(
            'INVALID_TRANSITION',
            ['deviceId'],
            'Removal of the device is already requested.',
          ),
        ];
      }
      device.status = 'REMOVAL_REQUESTED';
      device.removalReason = checked.value;
      return {
        type: 'DeviceStatusChanged',
        from: 'ACTIVE',
        to: device.status,
        reason: checked.value,
      };
    });
  }

  withdrawRemovalRequest(deviceId: string): Promise<DevicePayload> {
    return this.change('device:withdraw-removal-request', deviceId, (device) => {
      if (device.status !== 'REMOVAL_REQUESTED') {
        return [
          userError('INVALID_TRANSITION', ['deviceId'], 'No removal of the device is requested.'),
        ];
      }
      device.status = 'ACTIVE';
      device.removalReason = null;
      return { type: 'DeviceStatusChanged', from: 'REMOVAL_REQUESTED', to: 'ACTIVE', reason: null };
    });
  }

  decommission(deviceId: string, reason: string | null | undefined): Promise<DevicePayload> {
    return this.change('device:decommission', deviceId, (device) => {
      const checked = checkReason(reason, ['reason'], { required: false });
      if (checked.errors.length) return checked.errors;
      if (device.status === 'DECOMMISSIONED') {
        return [
          userError('INVALID_TRANSITION', ['deviceId'], 'The device is already decommissioned.'),
        ];
      }
      const from = device.status;
      device.status = 'DECOMMISSIONED';
      return {
        type: 'DeviceStatusChanged',
        from,
        to: 'DECOMMISSIONED',
        reason: checked.value ?? device.removalReason,
      };
    });
  }

  updateContract(deviceId: string, input: ContractInput): Promise<DevicePayload> {
    return this.change('device:edit-contract', deviceId, async (device, manager) => {
      const model = await manager.findOneByOrFail(DeviceModel, { id: device.modelId });
      const contract = checkContract(input, model.meters, ['contract']);
      if (contract.errors.length) return contract.errors;
      if (device.status === 'DECOMMISSIONED') return notActive(device);
      if (sameContract(device.contract, contract.value!)) return 'unchanged';
      const from = { ...device.contract };
      device.contract = contract.value!;
      return { type: 'DeviceContractChanged', details: { contract: { from, to: contract.value } } };
    });
  }

  setEMaintenance(deviceId: string, enabled: boolean): Promise<DevicePayload> {
    return this.change('device:set-e-maintenance', deviceId, (device) => {
      if (device.status === 'DECOMMISSIONED') return notActive(device);
      if (device.eMaintenance === enabled) return 'unchanged';
      const details: Record<string, { from: unknown; to: unknown }> = {
        eMaintenance: { from: device.eMaintenance, to: enabled },
      };
      device.eMaintenance = enabled;
      // Only e-Maintenance devices take part in automatic toner replenishment.
      if (!enabled && device.stockLocationId) {
        details.stockLocationId = { from: device.stockLocationId, to: null };
        device.stockLocationId = null;
      }
      return { type: 'DeviceEMaintenanceChanged', details };
    });
  }

  linkStockLocation(
    deviceId: string,
    stockLocationGlobalId: string | null | undefined,
  ): Promise<DevicePayload> {
    return this.change('device:link-stock-location', deviceId, async (device, manager) => {
      let stockLocationId: string | null = null;
      if (stockLocationGlobalId !== null && stockLocationGlobalId !== undefined) {
        stockLocationId = fromGlobalId('StockLocation', stockLocationGlobalId);
        if (!stockLocationId) {
          return [
            userError('INVALID_INPUT', ['stockLocationId'], 'That is not a stock location id.'),
          ];
        }
        if (
          !(await stockLocationOnAccount(
            manager,
            this.principal,
            stockLocationId,
            device.accountId,
          ))
        )
          return [noStockLocation(['stockLocationId'])];
      }
      if (device.status === 'DECOMMISSIONED' || (stockLocationId && device.status !== 'ACTIVE')) {
        return notActive(device);
      }
      if (stockLocationId && !device.eMaintenance) {
        return [
          userError(
            'E_MAINTENANCE_REQUIRED',
            ['stockLocationId'],
            'Only devices with e-Maintenance can be linked to a stock location.',
          ),
        ];
      }
      if (device.stockLocationId === stockLocationId) return 'unchanged';
      const details = { stockLocationId: { from: device.stockLocationId, to: stockLocationId } };
      device.stockLocationId = stockLocationId;
      return { type: 'DeviceStockLocationLinked', details };
    });
  }

  async register(input: RegisterDeviceRequest): Promise<DevicePayload> {
    assertMayAttempt(this.principal, 'device:register');
    const checked = await this.checkRegistration(input);
    if ('userErrors' in checked) return checked;
    try {
      const keys = new IdempotencyKeys(this.dataSource, this.principal);
      return await keys.create<DevicePayload>('registerDevice', input.idempotencyKey, input, {
        create: (manager) => this.insertRegistered(manager, checked),
        answer: async (id) => {
          this.eventsRecorded();
          const device = await this.dataSource.getRepository(Device).findOneByOrFail({ id });
          this.devices.remember(device);
          return { device, userErrors: [] };
        },
        refuse: (code, message) => ({
          device: null,
          userErrors: [userError(code, ['input', 'idempotencyKey'], message)],
        }),
      });
    } catch (error) {
      // Two registrations of one serial at once: the unique constraint lets one through.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        return serialTaken();
      }
      throw error;
    }
  }

  /** The registration's input judged on its own (before any account or serial look-up). */
  private async checkRegistration(
    input: RegisterDeviceRequest,
  ): Promise<Registration | DevicePayload> {
    const errors: UserError[] = [];
    const serial = checkSerial(input.serialNumber, ['input', 'serialNumber']);
    errors.push(...serial.errors);
    const modelId = fromGlobalId('DeviceModel', input.modelId);
    const model = modelId
      ? await this.dataSource.getRepository(DeviceModel).findOneBy({ id: modelId })
      : null;
    if (!model) errors.push(userError('MODEL_NOT_FOUND', ['input', 'modelId'], 'No such model.'));
    // The account's existence is identity's: checked against its accounts' projection later.
    const accountId = fromGlobalId('Account', input.accountId);
    if (!accountId) {
      errors.push(userError('ACCOUNT_NOT_FOUND', ['input', 'accountId'], 'No such account.'));
    }
    const location = checkLocation(input.location, ['input', 'location']);
    errors.push(...location.errors);
    const installedAt = checkInstalledAt(input.installedAt, DEFAULT_TIME_ZONE, [
      'input',
      'installedAt',
    ]);
    errors.push(...installedAt.errors);
    const contract = checkContract(input.contract, model?.meters ?? ALL_METERS, [
      'input',
      'contract',
    ]);
    errors.push(...contract.errors);
    const eMaintenance = input.eMaintenance ?? false;
    let stockLocationId: string | null = null;
    if (input.stockLocationId !== null && input.stockLocationId !== undefined) {
      stockLocationId = fromGlobalId('StockLocation', input.stockLocationId);
      if (!stockLocationId) {
        errors.push(
          userError(
            'INVALID_INPUT',
            ['input', 'stockLocationId'],
            'That is not a stock location id.',
          ),
        );
      } else if (!eMaintenance) {
        errors.push(
          userError(
            'E_MAINTENANCE_REQUIRED',
            ['input', 'stockLocationId'],
            'Only devices with e-Maintenance can be linked to a stock location.',
          ),
        );
      }
    }
    if (errors.length) return { device: null, userErrors: errors };
    return {
      serialNumber: serial.value!,
      modelId: model!.id,
      accountId: accountId!,
      location: location.value!,
      installedAt: installedAt.value!,
      contract: contract.value!,
      eMaintenance,
      stockLocationId,
    };
  }

  /** Registers the checked device in the transaction given, or says why it may not. */
  private async insertRegistered(
    manager: EntityManager,
    registration: Registration,
  ): Promise<CreateOutcome<DevicePayload>> {
    const refused = (userErrors: UserError[]) => ({ refused: { device: null, userErrors } });
    // Identity's accounts, as it publishes them: a made-up id is no account.
    if (!(await manager.existsBy(AccountProjection, { accountId: registration.accountId })))
      return refused([userError('ACCOUNT_NOT_FOUND', ['input', 'accountId'], 'No such account.')]);
    const { stockLocationId, accountId } = registration;
    if (
      stockLocationId &&
      !(await stockLocationOnAccount(manager, this.principal, stockLocationId, accountId))
    )
      return refused([noStockLocation(['input', 'stockLocationId'])]);
    if (await manager.existsBy(Device, { serialNumber: registration.serialNumber }))
      return { refused: serialTaken() };
    const device = await registerDevice(
      manager,
      { ...registration, timeZone: DEFAULT_TIME_ZONE },
      actorOf(this.principal),
    );
    return { created: device.id };
  }

  private async change(
    action: DeviceAction,
    globalId: string,
    apply: (device: Device, manager: EntityManager) => Outcome | Promise<Outcome>,
  ): Promise<DevicePayload> {
    assertMayAttempt(this.principal, action);
    const id = fromGlobalId('Device', globalId);
    if (!id) return notFound();
    const result = await this.dataSource.transaction(async (manager) => {
      const device = await manager.findOne(Device, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!device || !mayChange(this.principal, action, device))
        return { ...notFound(), recorded: false };
      const outcome = await apply(device, manager);
      if (Array.isArray(outcome)) return { device: null, userErrors: outcome, recorded: false };
      if (outcome === 'unchanged') return { device, userErrors: [], recorded: false };
      const saved = await manager.save(device);
      await recordDeviceChange(manager, saved, outcome, actorOf(this.principal));
      return { device: saved, userErrors: [], recorded: true };
    });
    if (result.recorded) this.eventsRecorded();
    if (result.device) this.devices.remember(result.device);
    return { device: result.device, userErrors: result.userErrors };
  }
}
