import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-tag';
import {
  CLIENT_ADDRESS_HEADER,
  MailPump,
  ScheduledJob,
  environment,
  LiveFeed,
  readBody,
  RESOLVE_PRINCIPAL_PATH,
  API_KEY_USAGE_PATH,
  sendJson,
  type SubgraphDefinition,
} from '@portal/platform';
import {
  SERVICE_ORDER_TOPIC,
  DEVICE_TOPIC,
  projectDevice,
  projectStockLocation,
  TONER_TOPIC,
} from '@portal/event-contracts';
import { entities, migrations } from './database';
import { DeviceProjection } from './entities/device-projection.entity';
import { StockLocationProjection } from './entities/stock-location-projection.entity';
import { resolvers } from './resolvers';
import { AccountService } from './domain/account.service';
import { UserService } from './domain/user.service';
import { SessionService } from './domain/session.service';
import { resolvePrincipal } from './domain/principal-resolver';
import { RegistrationService } from './domain/registration.service';
import { clientAddressKey } from './domain/throttle';
import { MembershipService } from './domain/membership.service';
import { ServiceCentreUserService } from './domain/service-centre-users.service';
import { ApiKeyService } from './domain/api-key.service';
import { SandboxService } from './domain/sandbox.service';
import { ApiBudgetService, costPerMinuteFor } from './domain/api-budget.service';
import { ApiKeyUsageService, isUsageReport, recordUsage } from './domain/api-key-usage.service';
import { AuditTrailService } from './domain/audit-trail.service';
import { PasswordResetService } from './domain/password-reset.service';
import { ProfileService } from './domain/profile.service';
import { UserLifecycleService } from './domain/user-lifecycle.service';
import { SecondFactorService } from './domain/second-factor.service';
import { PasskeyService } from './domain/passkey.service';
import { NotificationService } from './domain/notification.service';
import { SsoSettingsService } from './domain/sso-settings.service';
import { SsoSignInService } from './domain/sso-sign-in.service';
import { notifyFromEvent } from './domain/notify';
import { NOTIFYING_TOPICS, NOTIFYING_TYPES } from './domain/notification-intents';
import { sendDigests } from './domain/notification-digest';
import { WebhookEndpointService } from './webhooks/endpoint.service';
import { WebhookDeliveryLogService } from './webhooks/delivery-log.service';
import { deliverySettings, WebhookDispatcher } from './webhooks/dispatcher';
import { addressPolicy } from './webhooks/address-guard';
import { queueWebhooks } from './webhooks/queue';
import { announceChange } from './live/announce';
import { LIVE_PATH, serveLive } from './live/stream';
import { METER_READING_TOPIC } from './webhooks/event-types';
import { NodeOwners } from './domain/node-owners';
import { ServiceAccountService } from './domain/service-account.service';
import { BillingService } from './domain/billing.service';
import { InvoiceService } from './domain/invoice.service';
import type { IdentityContext } from './context';

export const typeDefs = gql(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

/** The identity subgraph: organisations, accounts, users, roles, sessions. */
export const identity: SubgraphDefinition<IdentityContext> = {
  name: 'identity',
  typeDefs,
  resolvers,
  entities,
  migrations,
  context: (base) => {
    const accounts = new AccountService(base.dataSource, base.principal, base.loaders);
    const users = new UserService(base.dataSource, base.principal, base.loaders);
    const sessions: SessionService = new SessionService(
      base.dataSource,
      base.principal,
      base.setCookie,
      base.header,
      (user) => {
        users.trustUser(user.id);
        accounts.trustOrganization(user.organizationId);
      },
      (manager, user) => secondFactor.challengeFor(manager, user),
    );
    const secondFactor: SecondFactorService = new SecondFactorService(
      base.dataSource,
      base.principal,
      (manager, user) => sessions.openVerifiedSession(manager, user),
      clientAddressKey(base.header(CLIENT_ADDRESS_HEADER)),
    );
    const webhookEndpoints = new WebhookEndpointService(
      base.dataSource,
      base.principal,
      addressPolicy(),
      environment().WEBHOOK_SECRET_OVERLAP_MS,
    );
    return {
      ...base,
      webhookEndpoints,
      webhookDeliveries: new WebhookDeliveryLogService(
        base.dataSource,
        webhookEndpoints,
        base.loaders,
        base.eventsRecorded,
      ),
      accounts,
      users,
      sessions,
      secondFactor,
      passkeys: new PasskeyService(
        base.dataSource,
        base.principal,
        secondFactor,
        (manager, user) => sessions.openVerifiedSession(manager, user),
        clientAddressKey(base.header(CLIENT_ADDRESS_HEADER)),
      ),
      registration: new RegistrationService(
        base.dataSource,
        base.principal,
        sessions,
        base.eventsRecorded,
        clientAddressKey(base.header(CLIENT_ADDRESS_HEADER)),
        base.log,
      ),
      membership: new MembershipService(base.dataSource, base.principal, base.eventsRecorded),
      serviceCentreUsers: new ServiceCentreUserService(
        base.dataSource,
        base.principal,
        base.eventsRecorded,
      ),
      apiKeys: new ApiKeyService(base.dataSource, base.principal, base.loaders),
      serviceAccounts: new ServiceAccountService(base.dataSource, base.principal),
      billing: new BillingService(base.dataSource, base.principal),
      invoices: new InvoiceService(base.dataSource, base.principal, base.loaders),
      apiBudgets: new ApiBudgetService(base.dataSource, base.principal),
      sandboxes: new SandboxService(base.dataSource, base.principal),
      apiKeyUsage: new ApiKeyUsageService(base.dataSource, base.principal, base.loaders),
      auditTrail: new AuditTrailService(base.dataSource, base.principal),
      passwordReset: new PasswordResetService(
        base.dataSource,
        base.principal,
        sessions,
        base.eventsRecorded,
        clientAddressKey(base.header(CLIENT_ADDRESS_HEADER)),
        base.log,
      ),
      profile: new ProfileService(base.dataSource, base.principal, base.eventsRecorded),
      lifecycle: new UserLifecycleService(base.dataSource, base.principal, base.eventsRecorded),
      notifications: new NotificationService(base.dataSource, base.principal),
      singleSignOnSettings: new SsoSettingsService(base.dataSource, base.principal),
      // The provider is the organisation's whole sign-in, its own second factor included.
      singleSignOn: new SsoSignInService(
        base.dataSource,
        base.principal,
        (manager, user) => sessions.openVerifiedSession(manager, user),
        clientAddressKey(base.header(CLIENT_ADDRESS_HEADER)),
      ),
      nodeOwners: new NodeOwners(base),
    };
  },
  workers: (dataSource, log) => [
    new MailPump(dataSource, log),
    new ScheduledJob(
      'notification-digest',
      async () => {
        await sendDigests(dataSource);
      },
      log,
    ),
    new WebhookDispatcher(dataSource, log, deliverySettings()),
    new LiveFeed(dataSource, log),
  ],
  consumers: [
    {
      name: 'identity.device-projection',
      topics: [DEVICE_TOPIC],
      handler: (manager, event) => projectDevice(manager, DeviceProjection, event),
    },
    {
      name: 'identity.stock-location-projection',
      topics: [TONER_TOPIC],
      handler: (manager, event) => projectStockLocation(manager, StockLocationProjection, event),
    },
    {
      // Other subgraphs' events, made notifications for the users concerned (README: notifications).
      name: 'identity.notifications',
      topics: NOTIFYING_TOPICS,
      types: NOTIFYING_TYPES,
      handler: notifyFromEvent,
    },
    {
      // Partner webhooks (docs/webhooks.md): every topic with events an account's partner may get.
      name: 'identity.webhooks',
      topics: [DEVICE_TOPIC, SERVICE_ORDER_TOPIC, METER_READING_TOPIC, TONER_TOPIC],
      handler: queueWebhooks,
    },
    {
      // Live screens: order and stock changes as notes to the open streams (live/stream.ts).
      name: 'identity.live',
      topics: [SERVICE_ORDER_TOPIC, TONER_TOPIC],
      handler: announceChange,
    },
  ],
  routes: {
    // The gateway's /events, with the caller's principal: changes it may read (live/stream.ts).
    [LIVE_PATH]: serveLive,
    // Only the gateway may turn a token into a principal.
    [RESOLVE_PRINCIPAL_PATH]: async (req, res, caller, dataSource) => {
      if (!caller.isGateway || req.method !== 'POST')
        return sendJson(res, 403, { error: 'forbidden' });
      let token: unknown;
      try {
        token = (JSON.parse(await readBody(req, 16_384)) as { token?: unknown }).token;
      } catch {
        return sendJson(res, 400, { error: 'body must be {"token": "..."}' });
      }
      if (typeof token !== 'string' || token.length > 8192)
        return sendJson(res, 200, { principal: null });
      const principal = await resolvePrincipal(dataSource, token);
      // An API key's organisation's fair-use budget travels beside the principal, unsigned.
      sendJson(res, 200, {
        principal,
        costPerMinute: await costPerMinuteFor(dataSource, principal),
      });
    },
    // The gateway's counts of API keys' traffic (usage per key, shown to its Administrators).
    [API_KEY_USAGE_PATH]: async (req, res, caller, dataSource) => {
      if (!caller.isGateway || req.method !== 'POST')
        return sendJson(res, 403, { error: 'forbidden' });
      let reports: unknown;
      try {
        reports = (JSON.parse(await readBody(req, 1_048_576)) as { usage?: unknown }).usage;
      } catch {
        return sendJson(res, 400, { error: 'body must be {"usage": [...]}' });
      }
      if (!Array.isArray(reports) || !reports.every(isUsageReport))
        return sendJson(res, 400, { error: 'usage must be a list of daily counts per key' });
      await recordUsage(dataSource, reports);
      sendJson(res, 204, null);
    },
  },
};
