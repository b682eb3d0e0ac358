import { GraphQLDateTime } from '@portal/platform';
import type { Resolvers } from '../__generated__/resolvers-types';
import { me } from './Query/me';
import { organization } from './Query/organization';
import { accounts } from './Query/accounts';
import { login } from './Mutation/login';
import { logout } from './Mutation/logout';
import { Organization } from './Organization';
import { Account } from './Account';
import { User } from './User';
import { RoleGrant } from './RoleGrant';
import { Device } from './Device';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Query: { me, organization, accounts },
  Mutation: { login, logout },
  Organization,
  Account,
  User,
  RoleGrant,
  Device,
};
