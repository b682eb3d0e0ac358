import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { DeviceDetailFragment, DeviceLocationInput } from '../../__generated__/graphql';
import {
  FormAlert,
  Notice,
  TextArea,
  TextField,
  useFocusFirstInvalid,
} from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';
import { DeviceStatusBadge, locationLine } from './device-format';
import { DeviceWork } from './DeviceWork';

graphql(`
  fragment DeviceDetail on Device {
    id
    serialNumber
    status
    installedAt
    eMaintenance
    removalReason
    viewerCan {
      updateLocation
      requestRemoval
      withdrawRemovalRequest
    }
    model {
      id
      name
      colour
      pagesPerMinute
      meters
    }
    account {
      id
      name
      customerAccountNumber
      systemAccountNumber
    }
    contract {
      contractNumber
      responseTimeHours
      billedMeters
      readingFrequency
    }
    location {
      address
      building
      floor
      room
      note
      contactName
      contactPhone
    }
    locationHistory(first: 20) {
      at
      by
      byName
      location {
        address
        building
        floor
        room
        note
        contactName
        contactPhone
      }
    }
    statusHistory(first: 20) {
      at
      by
      byName
      fromStatus
      toStatus
      reason
    }
  }
`);

const DeviceDocument = graphql(`
  query Device($id: ID!) {
    device(id: $id) {
      ...DeviceDetail
    }
  }
`);

const UpdateLocationDocument = graphql(`
  mutation UpdateDeviceLocation($deviceId: ID!, $location: DeviceLocationInput!) {
    updateDeviceLocation(deviceId: $deviceId, location: $location) {
      device {
        ...DeviceDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RequestRemovalDocument = graphql(`
  mutation RequestDeviceRemoval($deviceId: ID!, $reason: String!) {
    requestDeviceRemoval(deviceId: $deviceId, reason: $reason) {
      device {
        ...DeviceDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const WithdrawRemovalDocument = graphql(`
  mutation WithdrawDeviceRemovalRequest($deviceId: ID!) {
    withdrawDeviceRemovalRequest(deviceId: $deviceId) {
      device {
        ...DeviceDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const LOCATION_FIELDS = [
  'address',
  'building',
  'floor',
  'room',
  'note',
  'contactName',
  'contactPhone',
] as const;
type LocationField = (typeof LOCATION_FIELDS)[number];

function LocationForm({
  device,
  onDone,
}: {
  device: DeviceDetailFragment;
  onDone(saved: boolean): void;
}) {
  const { m } = useI18n();
  const [values, setValues] = useState<Record<LocationField, string>>(
    () =>
      Object.fromEntries(LOCATION_FIELDS.map((f) => [f, device.location[f] ?? ''])) as Record<
        LocationField,
        string
      >,
  );
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [result, update] = useMutation(UpdateLocationDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const set = (field: LocationField) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const location: DeviceLocationInput = { address: values.address };
    for (const field of LOCATION_FIELDS.filter((f) => f !== 'address'))
      location[field] = values[field] || null;
    const outcome = await update({ deviceId: device.id, location });
    const payload = outcome.data?.updateDeviceLocation;
    if (payload?.device && !payload.userErrors.length) return onDone(true);
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, LOCATION_FIELDS)
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  const field = (
    name: LocationField,
    props: { required?: boolean; autoComplete?: string; type?: string } = {},
  ) => (
    <TextField
      label={m.fields[name]}
      name={name}
      value={values[name]}
      onChange={set(name)}
      error={errors.fields[name]}
      {...props}
    />
  );

  return (
    <form
      ref={form}
      onSubmit={(e) => void submit(e)}
      noValidate
      className="panel"
      aria-label={m.device.editLocation}
    >
      <FormAlert messages={errors.general} />
      {field('address', { required: true, autoComplete: 'street-address' })}
      <div className="field-row">
        {field('building')}
        {field('floor')}
        {field('room')}
      </div>
      <TextArea
        label={m.fields.note}
        name="note"
        value={values.note}
        onChange={set('note')}
        error={errors.fields.note}
      />
      <div className="field-row">
        {field('contactName', { autoComplete: 'name' })}
        {field('contactPhone', { autoComplete: 'tel', type: 'tel' })}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={result.fetching}>
          {m.device.saveLocation}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}

function RemovalForm({ device, onDone }: { device: DeviceDetailFragment; onDone(): void }) {
  const { m } = useI18n();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [result, request] = useMutation(RequestRemovalDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await request({ deviceId: device.id, reason });
    const payload = outcome.data?.requestDeviceRemoval;
    if (payload?.device && !payload.userErrors.length) return onDone();
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['reason'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <FormAlert messages={errors.general} />
      <p>{m.device.removalExplained}</p>
      <TextArea
        label={m.fields.reason}
        name="reason"
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.fields.reason}
      />
      <button type="submit" className="button button--danger" disabled={result.fetching}>
        {m.device.requestRemoval}
      </button>
    </form>
  );
}

function Location({ location }: { location: DeviceDetailFragment['location'] }) {
  const { m } = useI18n();
  return (
    <>
      <p>{locationLine(location)}</p>
      {location.note ? <p className="muted">{location.note}</p> : null}
      {location.contactName || location.contactPhone ? (
        <p>
          {m.fields.contactName}:{' '}
          {[location.contactName, location.contactPhone].filter(Boolean).join(', ')}
        </p>
      ) : null}
    </>
  );
}

export default function DevicePage() {
  const { id = '' } = useParams();
  const { m, format } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: DeviceDocument, variables: { id } });
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [withdrawal, withdraw] = useMutation(WithdrawRemovalDocument);

  if (error) return <RequestError error={error} />;
  if (!data && fetching) return <Loading />;
  const device = data?.device;
  if (!device) {
    return (
      <section>
        <PageTitle title={m.notFound.title}>{m.notFound.title}</PageTitle>
        <p>{m.device.notFound}</p>
        <Link to="/devices">{m.device.back}</Link>
      </section>
    );
  }
  const active = device.status === 'ACTIVE';
  // What the caller may do comes from the server (devices' own rules); the state from the device.
  const mayEdit = active && device.viewerCan.updateLocation;

  return (
    <section>
      <p>
        <Link to="/devices">{m.device.back}</Link>
      </p>
      <PageTitle title={device.serialNumber}>
        {device.serialNumber} <DeviceStatusBadge status={device.status} />
      </PageTitle>
      <p className="lead">{device.model.name}</p>
      {notice ? <Notice>{notice}</Notice> : null}

      <div className="columns">
        <section aria-labelledby="facts">
          <h2 id="facts">{m.device.facts}</h2>
          <dl className="facts">
            <dt>{m.fields.model}</dt>
            <dd>
              {device.model.name} · {device.model.colour ? m.device.colour : m.device.mono} ·{' '}
              {m.device.ppm(device.model.pagesPerMinute)}
            </dd>
            <dt>{m.fields.account}</dt>
            <dd>
              {device.account.name} ({device.account.customerAccountNumber})
            </dd>
            <dt>{m.fields.installedAt}</dt>
            <dd>{format.date(device.installedAt)}</dd>
            <dt>{m.fields.contractNumber}</dt>
            <dd>{device.contract.contractNumber}</dd>
            <dt>{m.fields.responseTime}</dt>
            <dd>{m.device.responseHours(device.contract.responseTimeHours)}</dd>
            <dt>{m.fields.billedMeters}</dt>
            <dd>{device.contract.billedMeters.map((meter) => m.meters[meter]).join(', ')}</dd>
            <dt>{m.fields.readingFrequency}</dt>
            <dd>{m.readingFrequency[device.contract.readingFrequency]}</dd>
            <dt>{m.fields.eMaintenance}</dt>
            <dd>{device.eMaintenance ? m.common.yes : m.common.no}</dd>
            {device.removalReason ? (
              <>
                <dt>{m.fields.reason}</dt>
                <dd>{device.removalReason}</dd>
              </>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="location">
          <h2 id="location">{m.fields.location}</h2>
          {editing ? (
            <LocationForm
              device={device}
              onDone={(saved) => {
                setEditing(false);
                setNotice(saved ? m.device.locationSaved : null);
              }}
            />
          ) : (
            <>
              <Location location={device.location} />
              {mayEdit ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setNotice(null);
                    setEditing(true);
                  }}
                >
                  {m.device.editLocation}
                </button>
              ) : null}
            </>
          )}
        </section>
      </div>

      <DeviceWork device={device} />

      {device.viewerCan.requestRemoval && active ? (
        <section aria-labelledby="removal">
          <h2 id="removal">{m.device.removalTitle}</h2>
          {removing ? (
            <RemovalForm
              device={device}
              onDone={() => {
                setRemoving(false);
                setNotice(m.device.removalRequested);
              }}
            />
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setRemoving(true)}
            >
              {m.device.requestRemoval}
            </button>
          )}
        </section>
      ) : null}
      {device.viewerCan.withdrawRemovalRequest && device.status === 'REMOVAL_REQUESTED' ? (
        <section aria-labelledby="removal">
          <h2 id="removal">{m.device.removalTitle}</h2>
          <p>{m.device.removalPending}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={withdrawal.fetching}
            onClick={() =>
              void withdraw({ deviceId: device.id }).then((r) => {
                if (r.data?.withdrawDeviceRemovalRequest.device)
                  setNotice(m.device.removalWithdrawn);
              })
            }
          >
            {m.device.withdrawRemoval}
          </button>
        </section>
      ) : null}

      <section aria-labelledby="location-history">
        <h2 id="location-history">{m.device.locationHistory}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{m.fields.when}</th>
                <th scope="col">{m.fields.location}</th>
                <th scope="col">{m.fields.by}</th>
              </tr>
            </thead>
            <tbody>
              {device.locationHistory.map((change) => (
                <tr key={`${change.at}-${change.by}`}>
                  <td>{format.dateTime(change.at)}</td>
                  <td>
                    {locationLine(change.location)}
                    {change.location.contactName || change.location.contactPhone ? (
                      <span className="muted">
                        {' '}
                        ·{' '}
                        {[change.location.contactName, change.location.contactPhone]
                          .filter(Boolean)
                          .join(', ')}
                      </span>
                    ) : null}
                  </td>
                  <td>{change.byName ?? m.device.serviceCentre}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="status-history">
        <h2 id="status-history">{m.device.statusHistory}</h2>
        <ul className="timeline">
          {device.statusHistory.map((change) => (
            <li key={`${change.at}-${change.toStatus}`}>
              <time dateTime={change.at}>{format.dateTime(change.at)}</time>{' '}
              {change.fromStatus
                ? m.device.statusChanged(m.deviceStatus[change.toStatus])
                : m.device.registered}
              {change.reason ? ` – ${change.reason}` : ''}
              {change.byName ? ` (${change.byName})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
