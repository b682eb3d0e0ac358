import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { UserRowFragment } from '../../__generated__/graphql';
import { SelectField } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import type { UserErrorLike } from '../../i18n/user-errors';
import {
  AssignableStockLocationsDocument,
  AssignStockLocationsDocument,
  UnassignStockLocationsDocument,
} from './documents';

interface Outcome {
  data?: { [field: string]: { userErrors: readonly UserErrorLike[] } | undefined } | null;
  error?: unknown;
}

/**
 * The stock locations a Stock Manager looks after: only on accounts where the user is Stock
 * Manager (the server refuses others with NOT_A_STOCK_MANAGER).
 */
export function StockLocationAssignments({
  user,
  run,
}: {
  user: UserRowFragment;
  run(action: Promise<Outcome>, success: string): Promise<void>;
}) {
  const { m } = useI18n();
  const t = m.stockWork;
  const [locationId, setLocationId] = useState('');
  const [{ data }] = useQuery({ query: AssignableStockLocationsDocument });
  const [, assign] = useMutation(AssignStockLocationsDocument);
  const [, unassign] = useMutation(UnassignStockLocationsDocument);
  const managed = new Set(
    user.grants.filter((g) => g.role === 'STOCK_MANAGER').map((g) => g.account.id),
  );
  const assigned = new Set(user.assignedStockLocations.map((l) => l.id));
  const assignable = (data?.stockLocations ?? []).filter(
    (l) => managed.has(l.account.id) && !assigned.has(l.id),
  );

  return (
    <>
      <h3>{t.stockLocationsToManage}</h3>
      {user.assignedStockLocations.length ? (
        <ul className="grant-list">
          {user.assignedStockLocations.map((l) => (
            <li key={l.id}>
              {l.name}{' '}
              <button
                type="button"
                className="button button--link"
                aria-label={t.unassignStockLocation(l.name)}
                onClick={() =>
                  void run(
                    unassign({ userId: user.id, stockLocationIds: [l.id] }),
                    t.stockLocationUnassigned(l.name),
                  )
                }
              >
                {m.users.unassign}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.noStockLocations}</p>
      )}
      {assignable.length ? (
        <form
          className="inline-form"
          aria-label={t.assignStockLocation}
          onSubmit={(e) => {
            e.preventDefault();
            const location = assignable.find((l) => l.id === locationId) ?? assignable[0]!;
            void run(
              assign({ userId: user.id, stockLocationIds: [location.id] }),
              t.stockLocationAssigned(location.name),
            );
          }}
        >
          <SelectField
            label={m.stockWork.location}
            value={locationId}
            onChange={(e) => setLocationId(e.target.value)}
          >
            {assignable.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} · {l.account.customerAccountNumber}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--secondary">
            {t.assignStockLocation}
          </button>
        </form>
      ) : managed.size === 0 ? (
        <p className="muted">{t.stockLocationsNeedManager}</p>
      ) : null}
    </>
  );
}
