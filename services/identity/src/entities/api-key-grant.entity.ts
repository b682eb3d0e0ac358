import { Entity, PrimaryColumn } from 'typeorm';
import type { CustomerRole } from '@portal/platform';

@Entity('api_key_grant')
export class ApiKeyGrant {
  @PrimaryColumn({ name: 'api_key_id', type: 'uuid' })
  apiKeyId: string;

  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @PrimaryColumn({ type: 'text' })
  role: CustomerRole;
}
