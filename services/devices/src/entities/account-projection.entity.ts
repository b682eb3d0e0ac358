import { Entity } from 'typeorm';
import { AccountProjectionBase } from '@portal/event-contracts';

/** Accounts as identity reports them: a device is registered only on one that exists. */
@Entity('account_projection')
export class AccountProjection extends AccountProjectionBase {}
