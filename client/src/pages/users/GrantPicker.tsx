import { useId } from 'react';
import type { Role } from '../../__generated__/graphql';
import { useI18n } from '../../i18n/i18n';

export const ROLES: Role[] = [
  'ADMINISTRATOR',
  'DEVICE_MANAGER',
  'STOCK_MANAGER',
  'SELF_SERVICE_USER',
];

export interface PickerAccount {
  id: string;
  name: string;
  customerAccountNumber: string;
}

export const grantKey = (role: Role, accountId: string) => `${role}:${accountId}`;

export function grantsOf(selected: ReadonlySet<string>): { role: Role; accountId: string }[] {
  return [...selected].map((key) => {
    const [role, accountId] = key.split(/:(.*)/s) as [Role, string];
    return { role, accountId };
  });
}

/** Roles per account as a grid of checkboxes, each with its own label. */
export function GrantPicker({
  legend,
  accounts,
  roles = ROLES,
  selected,
  onChange,
  error,
}: {
  legend: string;
  accounts: readonly PickerAccount[];
  roles?: readonly Role[];
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  error?: string;
}) {
  const { m } = useI18n();
  const errorId = useId();
  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <fieldset
      className={error ? 'grant-picker field--invalid' : 'grant-picker'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{m.fields.account}</th>
              {roles.map((role) => (
                <th scope="col" key={role}>
                  {m.roles[role]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">
                  {account.customerAccountNumber} · {account.name}
                </th>
                {roles.map((role) => {
                  const key = grantKey(role, account.id);
                  return (
                    <td key={role}>
                      <input
                        type="checkbox"
                        aria-label={m.users.roleOn(m.roles[role], account.customerAccountNumber)}
                        checked={selected.has(key)}
                        onChange={(e) => toggle(key, e.target.checked)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
