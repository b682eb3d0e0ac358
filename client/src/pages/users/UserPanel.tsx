import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { Role, UserRowFragment } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { FormAlert, Notice, SelectField } from '../../components/forms';
import { StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { userErrorText, type UserErrorLike } from '../../i18n/user-errors';
import {
  AssignableDevicesDocument,
  AssignDevicesDocument,
  DisableUserDocument,
  GrantRoleDocument,
  RevokeRoleDocument,
  SetPrimaryContactDocument,
  UnassignDevicesDocument,
} from './documents';
import { ROLES } from './GrantPicker';
import { DevicePicker } from './DevicePicker';
import { LifecycleActions } from './LifecycleActions';
import { StockLocationAssignments } from './StockLocationAssignments';

interface Outcome {
  data?: { [field: string]: { userErrors: readonly UserErrorLike[] } | undefined } | null;
  error?: unknown;
}

/** What an Administrator can do to one user: roles, devices, primary contact, disabling. */
export function UserPanel({
  user,
  isPrimary,
  onClose,
  onRevoked,
}: {
  user: UserRowFragment;
  isPrimary: boolean;
  onClose(): void;
  /** The user's invitation was withdrawn (and the user removed). */
  onRevoked(message: string): void;
}) {
  const { m } = useI18n();
  const { access, me } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [role, setRole] = useState<Role>('SELF_SERVICE_USER');
  const [accountId, setAccountId] = useState(access.administeredAccounts[0]?.id ?? '');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [, grantRole] = useMutation(GrantRoleDocument);
  const [, revokeRole] = useMutation(RevokeRoleDocument);
  const [, assign] = useMutation(AssignDevicesDocument);
  const [, unassign] = useMutation(UnassignDevicesDocument);
  const [, setPrimary] = useMutation(SetPrimaryContactDocument);
  const [, disable] = useMutation(DisableUserDocument);
  const [{ data: devices }] = useQuery({ query: AssignableDevicesDocument });

  useEffect(() => heading.current?.focus(), [user.id]);

  /** Runs a mutation; its refusals are shown in the user's language, else `success`. */
  async function run(action: Promise<Outcome>, success: string) {
    setDone(null);
    const outcome = await action;
    const payload = outcome.data ? Object.values(outcome.data)[0] : undefined;
    if (!payload) return setProblems([m.common.serverError]);
    const texts = payload.userErrors.map((e) => userErrorText(e, m));
    setProblems(texts);
    if (!texts.length) setDone(success);
  }

  const managerAccounts = new Set(
    user.grants.filter((g) => g.role === 'DEVICE_MANAGER').map((g) => g.account.id),
  );
  const assigned = new Set(user.assignedDevices.map((d) => d.id));
  const assignable = (devices?.devices.edges ?? [])
    .map((e) => e.node)
    .filter((d) => managerAccounts.has(d.account.id) && !assigned.has(d.id));
  const accountNumber = (id: string) =>
    access.administeredAccounts.find((a) => a.id === id)?.customerAccountNumber ?? id;

  function grant(event: FormEvent) {
    event.preventDefault();
    void run(
      grantRole({ userId: user.id, grant: { role, accountId } }),
      m.users.granted(m.roles[role], accountNumber(accountId)),
    );
  }

  return (
    <section className="panel user-panel" aria-labelledby="user-panel-title">
      <div className="panel__head">
        <h2 id="user-panel-title" ref={heading} tabIndex={-1}>
          {user.name}
        </h2>
        <button type="button" className="button button--link" onClick={onClose}>
          {m.common.close}
        </button>
      </div>
      <p>
        {user.email} ·{' '}
        <StatusBadge
          tone={user.status === 'ACTIVE' ? 'ok' : user.status === 'DISABLED' ? 'bad' : 'warn'}
        >
          {m.userStatus[user.status]}
        </StatusBadge>
        {isPrimary ? <span className="tag">{m.users.primaryContact}</span> : null}
      </p>
      <FormAlert messages={problems} />
      {done ? <Notice>{done}</Notice> : null}

      <h3>{m.users.roles}</h3>
      <ul className="grant-list">
        {user.grants.map((g) => (
          <li key={`${g.role}-${g.account.id}`}>
            {m.users.roleOn(m.roles[g.role], g.account.customerAccountNumber)}{' '}
            <button
              type="button"
              className="button button--link"
              aria-label={m.users.revokeRole(m.roles[g.role], g.account.customerAccountNumber)}
              onClick={() =>
                void run(
                  revokeRole({ userId: user.id, grant: { role: g.role, accountId: g.account.id } }),
                  m.users.revoked(m.roles[g.role], g.account.customerAccountNumber),
                )
              }
            >
              {m.users.revoke}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={grant} className="inline-form" aria-label={m.users.grantRole}>
        <SelectField
          label={m.users.role}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {m.roles[r]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={m.fields.account}
          value={accountId}
          onChange={(e) => setAccountId(e.target.value)}
        >
          {access.administeredAccounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.customerAccountNumber} · {a.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button">
          {m.users.grantRole}
        </button>
      </form>

      <h3>{m.users.devicesToManage}</h3>
      {user.assignedDevices.length ? (
        <ul className="grant-list">
          {user.assignedDevices.map((d) => (
            <li key={d.id}>
              {d.serialNumber}{' '}
              <button
                type="button"
                className="button button--link"
                aria-label={m.users.unassignDevice(d.serialNumber)}
                onClick={() =>
                  void run(
                    unassign({ userId: user.id, deviceIds: [d.id] }),
                    m.users.unassigned(d.serialNumber),
                  )
                }
              >
                {m.users.unassign}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{m.users.noDevices}</p>
      )}
      {assignable.length ? (
        <form
          aria-label={m.users.assignDevice}
          onSubmit={(e) => {
            e.preventDefault();
            const ids = assignable.filter((d) => picked.has(d.id)).map((d) => d.id);
            if (!ids.length) return;
            void run(
              assign({ userId: user.id, deviceIds: ids }),
              ids.length === 1
                ? m.users.assigned(assignable.find((d) => d.id === ids[0])!.serialNumber)
                : m.deviceManagers.assignedMany(ids.length),
            ).then(() => setPicked(new Set()));
          }}
        >
          <DevicePicker
            legend={m.users.assignDevice}
            devices={assignable}
            selected={picked}
            onChange={setPicked}
          />
          <button type="submit" className="button button--secondary" disabled={!picked.size}>
            {m.deviceManagers.assignSelected(picked.size)}
          </button>
        </form>
      ) : managerAccounts.size === 0 ? (
        <p className="muted">{m.users.devicesNeedManager}</p>
      ) : null}

      <StockLocationAssignments user={user} run={run} />

      <h3>{m.users.more}</h3>
      <div className="actions">
        <LifecycleActions user={user} run={run} onRevoked={onRevoked} />
        {!isPrimary && user.viewerCanMakePrimaryContact ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              void run(setPrimary({ userId: user.id }), m.users.primaryContactSet(user.name))
            }
          >
            {m.users.makePrimary}
          </button>
        ) : null}
        {user.viewerCanDisable && user.status !== 'DISABLED' && user.id !== me?.id ? (
          confirmDisable ? (
            <>
              <span role="alert">{m.users.disableConfirm(user.name)}</span>
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  setConfirmDisable(false);
                  void run(disable({ userId: user.id }), m.users.disabled(user.name));
                }}
              >
                {m.users.disableYes}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirmDisable(false)}
              >
                {m.common.cancel}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--danger"
              onClick={() => setConfirmDisable(true)}
            >
              {m.users.disable}
            </button>
          )
        ) : null}
      </div>
    </section>
  );
}
