import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLiveRefetch } from '../../app/live';
import { graphql } from '../../__generated__';
import type { ServiceOrderDetailFragment } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import {
  FormAlert,
  Notice,
  SelectField,
  TextArea,
  TextField,
  useFocusFirstInvalid,
} from '../../components/forms';
import { Loading, PageTitle, RequestError, StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors, type UserErrorLike } from '../../i18n/user-errors';
import { fromCopenhagenLocal, toCopenhagenLocal } from '../../i18n/copenhagen-time';
import { OrderStatusBadge, SlaClock, transitionText } from './order-format';

graphql(`
  fragment ServiceOrderDetail on ServiceOrder {
    id
    number
    type
    status
    channel
    description
    errorCode
    contactName
    contactPhone
    contactEmail
    submittedAt
    receivedAt
    responseDueAt
    respondedAt
    responseOverdue
    scheduledVisitAt
    technicianName
    device {
      id
      serialNumber
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
        building
        floor
        room
      }
    }
    history {
      at
      by
      fromStatus
      toStatus
      comment
      internal
    }
    viewerCan {
      cancel
      comment
      acknowledge
      schedule
      start
      resolve
      close
    }
  }
`);

const OrderDocument = graphql(`
  query ServiceOrder($id: ID!, $staff: Boolean!) {
    serviceOrder(id: $id) {
      ...ServiceOrderDetail
      technician @include(if: $staff) {
        id
        name
      }
    }
  }
`);

const TechniciansDocument = graphql(`
  query Technicians {
    staffUsers(staffRole: TECHNICIAN) {
      id
      name
    }
  }
`);

const CancelDocument = graphql(`
  mutation CancelServiceOrder($id: ID!, $reason: String!) {
    cancelServiceOrder(id: $id, reason: $reason) {
      serviceOrder {
        ...ServiceOrderDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const CommentDocument = graphql(`
  mutation CommentOnServiceOrder($id: ID!, $comment: String!, $internal: Boolean) {
    commentOnServiceOrder(id: $id, comment: $comment, internal: $internal) {
      serviceOrder {
        ...ServiceOrderDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const AcknowledgeDocument = graphql(`
  mutation AcknowledgeServiceOrder($id: ID!, $comment: String) {
    acknowledgeServiceOrder(id: $id, comment: $comment) {
      serviceOrder {
        ...ServiceOrderDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const ScheduleDocument = graphql(`
  mutation ScheduleServiceOrder(
    $id: ID!
    $technicianId: ID!
    $visitAt: DateTime!
    $comment: String
  ) {
    scheduleServiceOrder(
      id: $id
      technicianId: $technicianId
      visitAt: $visitAt
      comment: $comment
    ) {
      serviceOrder {
        ...ServiceOrderDetail
        technician {
          id
          name
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const StartDocument = graphql(`
  mutation StartServiceOrder($id: ID!) {
    startServiceOrder(id: $id) {
      serviceOrder {
        ...ServiceOrderDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const ResolveDocument = graphql(`
  mutation ResolveServiceOrder($id: ID!, $comment: String!) {
    resolveServiceOrder(id: $id, comment: $comment) {
      serviceOrder {
        ...ServiceOrderDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const CloseDocument = graphql(`
  mutation CloseServiceOrder($id: ID!, $comment: String) {
    closeServiceOrder(id: $id, comment: $comment) {
      serviceOrder {
        ...ServiceOrderDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface Outcome {
  data?: Record<string, { userErrors: readonly UserErrorLike[] } | undefined> | null;
}

/**
 * One action with an optional text: a button that opens a small form, or acts at once.
 * `run` answers the payload; its refusals are shown at the text field or above it.
 */
function ActionForm({
  label,
  field,
  fieldLabel,
  textRequired = false,
  extra,
  done,
  onDone,
  run,
  tone = 'primary',
}: {
  label: string;
  field?: string;
  fieldLabel?: string;
  textRequired?: boolean;
  extra?: ReactNode;
  done: string;
  /** Told what was done: the page shows it, as this form may go when the status changes. */
  onDone(message: string): void;
  run(text: string): Promise<Outcome>;
  tone?: 'primary' | 'secondary' | 'danger';
}) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const buttonClass =
    tone === 'danger'
      ? 'button button--danger'
      : tone === 'secondary'
        ? 'button button--secondary'
        : 'button';

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    const outcome = await run(text);
    setBusy(false);
    const payload = outcome.data ? Object.values(outcome.data)[0] : undefined;
    if (payload && !payload.userErrors.length) {
      setOpen(false);
      setText('');
      setErrors({ fields: {}, general: [] });
      onDone(done);
      return;
    }
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, field ? [field] : [])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  if (!open && !field) {
    return (
      <div className="order-action">
        <FormAlert messages={errors.general} />
        <button type="button" className={buttonClass} disabled={busy} onClick={() => void submit()}>
          {label}
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="order-action">
        <button type="button" className={buttonClass} onClick={() => setOpen(true)}>
          {label}
        </button>
      </div>
    );
  }
  return (
    <form
      ref={form}
      className="panel order-action"
      aria-label={label}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormAlert messages={errors.general} />
      {extra}
      {field ? (
        <TextArea
          label={fieldLabel ?? label}
          name={field}
          required={textRequired}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={errors.fields[field]}
        />
      ) : null}
      <div className="actions">
        <button type="submit" className={buttonClass} disabled={busy}>
          {label}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}

/** The planner's form: technician, visit time (Copenhagen) and a comment for the customer. */
function ScheduleForm({ order }: { order: ServiceOrderDetailFragment }) {
  const { m } = useI18n();
  const [{ data }] = useQuery({ query: TechniciansDocument });
  const [, schedule] = useMutation(ScheduleDocument);
  const [technicianId, setTechnicianId] = useState('');
  // The next day at 09:00 unless a visit is set already.
  const [visitAt, setVisitAt] = useState(() =>
    order.scheduledVisitAt
      ? toCopenhagenLocal(new Date(order.scheduledVisitAt))
      : `${toCopenhagenLocal(new Date(Date.now() + 24 * 3600_000)).slice(0, 10)}T09:00`,
  );
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const technicians = data?.staffUsers ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const fields: Record<string, string> = {};
    if (!technicianId) fields.technicianId = m.orders.chooseTechnician;
    const instant = fromCopenhagenLocal(visitAt);
    if (!instant) fields.visitAt = m.orders.chooseVisit;
    if (!instant || !technicianId) return setErrors({ fields, general: [] });
    setBusy(true);
    const outcome = await schedule({
      id: order.id,
      technicianId,
      visitAt: instant,
      comment: comment.trim() || null,
    });
    setBusy(false);
    const payload = outcome.data?.scheduleServiceOrder;
    if (payload?.serviceOrder && !payload.userErrors.length) {
      setErrors({ fields: {}, general: [] });
      setComment('');
      setNotice(m.orders.scheduled);
      return;
    }
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['technicianId', 'visitAt', 'comment'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <form
      ref={form}
      className="panel"
      aria-label={m.orders.schedule}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h3>{m.orders.schedule}</h3>
      {notice ? <Notice>{notice}</Notice> : null}
      <FormAlert messages={errors.general} />
      <div className="field-row">
        <SelectField
          label={m.orders.technician}
          required
          value={technicianId}
          onChange={(e) => setTechnicianId(e.target.value)}
          error={errors.fields.technicianId}
        >
          <option value="">{m.orders.chooseTechnician}</option>
          {technicians.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={m.orders.visitAt}
          type="datetime-local"
          required
          value={visitAt}
          onChange={(e) => setVisitAt(e.target.value)}
          error={errors.fields.visitAt}
          hint={m.orders.copenhagenTime}
        />
      </div>
      <TextArea
        label={m.orders.commentForCustomer}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={errors.fields.comment}
      />
      <button type="submit" className="button" disabled={busy}>
        {m.orders.schedule}
      </button>
    </form>
  );
}

function CommentForm({
  order,
  onDone,
}: {
  order: ServiceOrderDetailFragment;
  onDone(message: string): void;
}) {
  const { m } = useI18n();
  const { access } = useSession();
  const [, comment] = useMutation(CommentDocument);
  const [internal, setInternal] = useState(false);
  return (
    <ActionForm
      label={m.orders.addComment}
      field="comment"
      fieldLabel={m.orders.comment}
      textRequired
      tone="secondary"
      done={m.orders.commentAdded}
      onDone={onDone}
      extra={
        access.isStaff ? (
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={internal}
                onChange={(e) => setInternal(e.target.checked)}
              />{' '}
              {m.orders.internalNote}
            </label>
          </div>
        ) : null
      }
      run={(text) => comment({ id: order.id, comment: text, internal: internal || null })}
    />
  );
}

export default function ServiceOrderPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { m, format } = useI18n();
  const { access } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrderDocument,
    variables: { id, staff: access.isStaff },
  });
  // Someone else's step (the planner's, the technician's) shows without a reload.
  useLiveRefetch(['ServiceOrder'], () => refetch({ requestPolicy: 'network-only' }), id);
  const [, cancel] = useMutation(CancelDocument);
  const [, acknowledge] = useMutation(AcknowledgeDocument);
  const [, start] = useMutation(StartDocument);
  const [, resolve] = useMutation(ResolveDocument);
  const [, close] = useMutation(CloseDocument);
  const [notice, setNotice] = useState<string | null>(null);

  if (error) return <RequestError error={error} />;
  if (!data && fetching) return <Loading />;
  const order = data?.serviceOrder;
  if (!order) {
    return (
      <section>
        <PageTitle title={m.notFound.title}>{m.notFound.title}</PageTitle>
        <p>{m.orders.notFound}</p>
        <Link to={access.isStaff ? '/staff/orders' : '/service-orders'}>
          {access.isStaff ? m.queue.title : m.orders.back}
        </Link>
      </section>
    );
  }
  // What the caller may do to the order now: the server's answer, by the mutations' own rules.
  const can = order.viewerCan;

  return (
    <section>
      <p>
        <Link to={access.isStaff ? '/staff/orders' : '/service-orders'}>
          {access.isStaff ? m.queue.title : m.orders.back}
        </Link>
      </p>
      <PageTitle title={order.number}>
        {order.number} <OrderStatusBadge status={order.status} />
      </PageTitle>
      <p className="lead">
        {m.orderType[order.type]} ·{' '}
        <Link to={`/devices/${order.device.id}`}>{order.device.serialNumber}</Link> ·{' '}
        {order.device.model.name}
      </p>
      {params.get('created') ? <Notice>{m.orders.createdNotice(order.number)}</Notice> : null}

      <div className="columns">
        <section aria-labelledby="order-facts">
          <h2 id="order-facts">{m.orders.facts}</h2>
          <dl className="facts">
            <dt>{m.orders.fields.description}</dt>
            <dd className="pre-line">{order.description}</dd>
            {order.errorCode ? (
              <>
                <dt>{m.orders.fields.errorCode}</dt>
                <dd>{order.errorCode}</dd>
              </>
            ) : null}
            <dt>{m.fields.account}</dt>
            <dd>
              {order.device.account.name} ({order.device.account.customerAccountNumber})
            </dd>
            <dt>{m.fields.contactName}</dt>
            <dd>
              {[order.contactName, order.contactPhone, order.contactEmail]
                .filter(Boolean)
                .join(', ')}
            </dd>
            <dt>{m.orders.channel}</dt>
            <dd>{m.channel[order.channel]}</dd>
            <dt>{m.orders.submittedAt}</dt>
            <dd>{format.dateTime(order.submittedAt)}</dd>
            <dt>{m.orders.receivedAt}</dt>
            <dd>{format.dateTime(order.receivedAt)}</dd>
          </dl>
        </section>
        <section aria-labelledby="order-sla">
          <h2 id="order-sla">{m.orders.slaTitle}</h2>
          <dl className="facts">
            <dt>{m.orders.responseDue}</dt>
            <dd data-testid="sla-clock">
              <SlaClock order={order} />
            </dd>
            <dt>{m.orders.visit}</dt>
            <dd>{order.scheduledVisitAt ? format.dateTime(order.scheduledVisitAt) : '–'}</dd>
            <dt>{m.orders.technician}</dt>
            <dd>{data.serviceOrder?.technician?.name ?? order.technicianName ?? '–'}</dd>
          </dl>
          <p className="muted">{m.orders.slaExplained}</p>
        </section>
      </div>

      <section aria-labelledby="order-actions">
        <h2 id="order-actions">{m.orders.actions}</h2>
        {notice ? <Notice>{notice}</Notice> : null}
        <div className="order-actions">
          {can.acknowledge ? (
            <ActionForm
              label={m.orders.acknowledge}
              done={m.orders.acknowledged}
              onDone={setNotice}
              run={() => acknowledge({ id: order.id })}
            />
          ) : null}
          {can.start ? (
            <ActionForm
              label={m.orders.start}
              done={m.orders.started}
              onDone={setNotice}
              run={() => start({ id: order.id })}
            />
          ) : null}
          {can.resolve ? (
            <ActionForm
              label={m.orders.resolve}
              field="comment"
              fieldLabel={m.orders.resolution}
              textRequired
              done={m.orders.resolved}
              onDone={setNotice}
              run={(text) => resolve({ id: order.id, comment: text })}
            />
          ) : null}
          {can.close ? (
            <ActionForm
              label={m.orders.close}
              done={m.orders.closed}
              onDone={setNotice}
              run={() => close({ id: order.id })}
            />
          ) : null}
          {can.comment ? <CommentForm order={order} onDone={setNotice} /> : null}
          {can.cancel ? (
            <ActionForm
              label={m.orders.cancel}
              field="reason"
              fieldLabel={m.fields.reason}
              textRequired
              tone="danger"
              done={m.orders.cancelled}
              onDone={setNotice}
              run={(reason) => cancel({ id: order.id, reason })}
            />
          ) : null}
        </div>
        {can.schedule ? <ScheduleForm order={order} /> : null}
      </section>

      <section aria-labelledby="order-history">
        <h2 id="order-history">{m.orders.history}</h2>
        <ul className="timeline">
          {order.history.map((event, i) => (
            <li key={`${event.at}-${i}`}>
              <time dateTime={event.at}>{format.dateTime(event.at)}</time>{' '}
              <strong>{transitionText(m, event.fromStatus, event.toStatus)}</strong> · {event.by}
              {event.internal ? (
                <>
                  {' '}
                  <StatusBadge tone="neutral">{m.orders.internal}</StatusBadge>
                </>
              ) : null}
              {event.comment ? <p className="pre-line">{event.comment}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
