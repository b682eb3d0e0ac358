import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { ShipmentQueueQuery } from '../../__generated__/graphql';
import { FormAlert, Notice, TextField } from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';
import { reasonText } from '../stock/shipment-words';

const QueueDocument = graphql(`
  query ShipmentQueue {
    shipments(first: 100, filter: { status: [REQUESTED, CREATED, DISPATCHED] }) {
      totalCount
      edges {
        node {
          ...ShipmentView
          stockLocation {
            id
            name
            address
            shippingInstructions
            contactName
            account {
              id
              name
              customerAccountNumber
            }
          }
        }
      }
    }
  }
`);

const ApproveDocument = graphql(`
  mutation ApproveShipment($id: ID!) {
    approveShipment(id: $id) {
      shipment {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeclineDocument = graphql(`
  mutation DeclineShipment($id: ID!, $reason: String!) {
    declineShipment(id: $id, reason: $reason) {
      shipment {
        id
        status
        declineReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DispatchDocument = graphql(`
  mutation DispatchShipment($id: ID!, $input: DispatchShipmentInput) {
    dispatchShipment(id: $id, input: $input) {
      shipment {
        id
        status
        carrier
        trackingNumber
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Queued = ShipmentQueueQuery['shipments']['edges'][number]['node'];

interface Feedback {
  notice(text: string): void;
}

/** What is sent where and why: the location's address and instructions for the carrier. */
function ShipmentFacts({ shipment }: { shipment: Queued }) {
  const { m, format } = useI18n();
  const l = shipment.stockLocation;
  return (
    <>
      <h3>
        {format.number(shipment.quantity)} × {shipment.toner.name}{' '}
        <span className="muted">{shipment.toner.sku}</span>
      </h3>
      <p>
        <strong>{l.name}</strong> · {l.account.name} ({l.account.customerAccountNumber})
        <br />
        {l.address}
        {l.shippingInstructions ? ` · ${l.shippingInstructions}` : ''}
        {l.contactName ? ` · ${l.contactName}` : ''}
      </p>
      <p className="muted">
        {format.dateTime(shipment.createdAt)} · {reasonText(shipment, m)}
        {shipment.reasonDetails.code === 'MANUAL_REQUEST' && shipment.history[0]?.byName
          ? ` · ${m.stockWork.requestedBy(shipment.history[0].byName)}`
          : ''}
      </p>
    </>
  );
}

function RequestCard({ shipment, feedback }: { shipment: Queued; feedback: Feedback }) {
  const { m, format } = useI18n();
  const t = m.stockWork;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [approval, approve] = useMutation(ApproveDocument);
  const [refusal, decline] = useMutation(DeclineDocument);
  const what = [format.number(shipment.quantity), shipment.toner.name] as const;

  async function onApprove() {
    const payload = (await approve({ id: shipment.id })).data?.approveShipment;
    if (payload?.shipment && !payload.userErrors.length)
      return feedback.notice(t.approved(...what));
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, [])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  async function onDecline(event: FormEvent) {
    event.preventDefault();
    const payload = (await decline({ id: shipment.id, reason })).data?.declineShipment;
    if (payload?.shipment && !payload.userErrors.length)
      return feedback.notice(t.declinedDone(...what));
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['reason'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <li className="panel">
      <ShipmentFacts shipment={shipment} />
      <FormAlert messages={errors.general} />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={approval.fetching}
          aria-label={t.approveOf(...what, shipment.stockLocation.name)}
          onClick={() => void onApprove()}
        >
          {t.approve}
        </button>
      </div>
      <form
        className="inline-form"
        noValidate
        aria-label={t.declineOf(...what, shipment.stockLocation.name)}
        onSubmit={(e) => void onDecline(e)}
      >
        <TextField
          label={t.declineReason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.fields.reason}
        />
        <button type="submit" className="button button--secondary" disabled={refusal.fetching}>
          {t.decline}
        </button>
      </form>
    </li>
  );
}

function DispatchCard({ shipment, feedback }: { shipment: Queued; feedback: Feedback }) {
  const { m, format } = useI18n();
  const t = m.stockWork;
  const [carrier, setCarrier] = useState('PostNord');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [result, dispatch] = useMutation(DispatchDocument);
  const what = [format.number(shipment.quantity), shipment.toner.name] as const;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!carrier.trim()) missing.carrier = m.userErrors.required(m.fieldNames.carrier);
    if (!trackingNumber.trim())
      missing.trackingNumber = m.userErrors.required(m.fieldNames.trackingNumber);
    if (Object.keys(missing).length) return setErrors({ fields: missing, general: [] });
    const payload = (await dispatch({ id: shipment.id, input: { carrier, trackingNumber } })).data
      ?.dispatchShipment;
    if (payload?.shipment && !payload.userErrors.length)
      return feedback.notice(t.dispatched(...what));
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['carrier', 'trackingNumber'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <li className="panel">
      <ShipmentFacts shipment={shipment} />
      <FormAlert messages={errors.general} />
      <form
        className="inline-form"
        noValidate
        aria-label={t.dispatchOf(...what, shipment.stockLocation.name)}
        onSubmit={(e) => void submit(e)}
      >
        <TextField
          label={t.carrier}
          required
          value={carrier}
          onChange={(e) => setCarrier(e.target.value)}
          error={errors.fields.carrier}
        />
        <TextField
          label={t.trackingNumber}
          required
          value={trackingNumber}
          onChange={(e) => setTrackingNumber(e.target.value)}
          error={errors.fields.trackingNumber}
        />
        <button type="submit" className="button" disabled={result.fetching}>
          {t.dispatch}
        </button>
      </form>
    </li>
  );
}

/** The service centre's toner work: approve or decline requests, dispatch with tracking. */
export default function ShipmentQueuePage() {
  const { m, format } = useI18n();
  const t = m.stockWork;
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: QueueDocument });
  const all = data?.shipments.edges.map((e) => e.node) ?? [];
  const of = (status: Queued['status']) => all.filter((s) => s.status === status);
  const feedback = { notice: setNotice };
  const requests = of('REQUESTED');
  const toDispatch = of('CREATED');
  const onTheWay = of('DISPATCHED');
  return (
    <section>
      <PageTitle title={t.queueTitle}>{t.queueTitle}</PageTitle>
      <p className="lead">{t.queueIntro}</p>
      {notice ? <Notice>{notice}</Notice> : null}
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data ? (
        <>
          <h2>{t.requestsTitle}</h2>
          {requests.length ? (
            <ul className="card-list">
              {requests.map((s) => (
                <RequestCard key={s.id} shipment={s} feedback={feedback} />
              ))}
            </ul>
          ) : (
            <p>{t.noRequests}</p>
          )}
          <h2>{t.toDispatchTitle}</h2>
          {toDispatch.length ? (
            <ul className="card-list">
              {toDispatch.map((s) => (
                <DispatchCard key={s.id} shipment={s} feedback={feedback} />
              ))}
            </ul>
          ) : (
            <p>{t.nothingToDispatch}</p>
          )}
          <h2>{t.onTheWayTitle}</h2>
          {onTheWay.length ? (
            <ul className="card-list">
              {onTheWay.map((s) => (
                <li key={s.id} className="panel">
                  <ShipmentFacts shipment={s} />
                  <p>
                    {s.carrier && s.trackingNumber ? t.tracking(s.carrier, s.trackingNumber) : null}
                    {s.quantityReceived
                      ? ` · ${t.outstanding(format.number(s.outstanding))}`
                      : null}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.nothingOnTheWay}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
