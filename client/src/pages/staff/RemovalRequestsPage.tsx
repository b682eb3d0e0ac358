import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { RemovalRequestsQuery } from '../../__generated__/graphql';
import { FormAlert, Notice, TextField } from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';

const RemovalRequestsDocument = graphql(`
  query RemovalRequests {
    devices(first: 100, filter: { status: [REMOVAL_REQUESTED] }) {
      totalCount
      edges {
        node {
          id
          serialNumber
          status
          removalReason
          model {
            id
            name
          }
          account {
            id
            name
            customerAccountNumber
          }
          location {
            address
          }
          statusHistory(first: 1) {
            at
            byName
          }
        }
      }
    }
  }
`);

const DecommissionDocument = graphql(`
  mutation DecommissionDevice($deviceId: ID!, $reason: String) {
    decommissionDevice(deviceId: $deviceId, reason: $reason) {
      device {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const WithdrawDocument = graphql(`
  mutation WithdrawRemovalRequest($deviceId: ID!) {
    withdrawDeviceRemovalRequest(deviceId: $deviceId) {
      device {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Requested = RemovalRequestsQuery['devices']['edges'][number]['node'];

function RemovalCard({ device, notice }: { device: Requested; notice(text: string): void }) {
  const { m, format } = useI18n();
  const t = m.staffWork;
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [decommissioning, decommission] = useMutation(DecommissionDocument);
  const [withdrawing, withdraw] = useMutation(WithdrawDocument);
  const asked = device.statusHistory[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = (await decommission({ deviceId: device.id, reason: note.trim() || null })).data
      ?.decommissionDevice;
    if (payload?.device && !payload.userErrors.length)
      return notice(t.decommissioned(device.serialNumber));
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['reason'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  async function onWithdraw() {
    const payload = (await withdraw({ deviceId: device.id })).data?.withdrawDeviceRemovalRequest;
    if (payload?.device && !payload.userErrors.length)
      return notice(t.withdrawn(device.serialNumber));
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, [])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <li className="panel">
      <h2>
        {device.serialNumber} <span className="muted">{device.model.name}</span>
      </h2>
      <p>
        {device.account.name} ({device.account.customerAccountNumber}) · {device.location.address}
      </p>
      <p>
        <strong>{t.requestedReason}:</strong> {device.removalReason}
        {asked ? (
          <span className="muted">
            {' '}
            · {asked.byName ?? ''} {format.dateTime(asked.at)}
          </span>
        ) : null}
      </p>
      <FormAlert messages={errors.general} />
      <form
        className="inline-form"
        noValidate
        aria-label={t.decommissionOf(device.serialNumber)}
        onSubmit={(e) => void submit(e)}
      >
        <TextField
          label={t.decommissionNote}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.fields.reason}
        />
        <button type="submit" className="button" disabled={decommissioning.fetching}>
          {t.decommission}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={withdrawing.fetching}
          aria-label={t.withdrawOf(device.serialNumber)}
          onClick={() => void onWithdraw()}
        >
          {t.withdraw}
        </button>
      </form>
    </li>
  );
}

/** The service centre's queue of devices customers asked to remove. */
export default function RemovalRequestsPage() {
  const { m } = useI18n();
  const t = m.staffWork;
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: RemovalRequestsDocument,
    requestPolicy: 'cache-and-network',
  });
  const devices = data?.devices.edges.map((e) => e.node) ?? [];
  return (
    <section>
      <PageTitle title={t.removalsTitle}>{t.removalsTitle}</PageTitle>
      <p className="lead">{t.removalsIntro}</p>
      {notice ? <Notice>{notice}</Notice> : null}
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data && !devices.length ? <p>{t.noRemovals}</p> : null}
      {devices.length ? (
        <ul className="card-list">
          {devices.map((device) => (
            <RemovalCard key={device.id} device={device} notice={setNotice} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
