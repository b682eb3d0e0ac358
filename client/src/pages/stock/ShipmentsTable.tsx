import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ShipmentViewFragment } from '../../__generated__/graphql';
import { StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { userErrorText } from '../../i18n/user-errors';
import { DeliveredDocument, UndoDeliveryDocument } from './documents';
import { reasonText, undoableReceipt } from './shipment-words';

interface Feedback {
  notice(text: string): void;
  problem(text: string): void;
}

/** Re-renders every few seconds while an undo is offered, so the button goes when its time is up. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** Units received of a shipment on its way: all outstanding by default, fewer for a short delivery. */
function ReceiveForm({
  shipment,
  feedback,
}: {
  shipment: ShipmentViewFragment;
  feedback: Feedback;
}) {
  const { m, format } = useI18n();
  const [value, setValue] = useState(String(shipment.outstanding));
  const [error, setError] = useState<string | undefined>();
  const [result, confirm] = useMutation(DeliveredDocument);
  const toner = shipment.toner.name;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const raw = value.trim();
    if (!/^\d+$/.test(raw) || Number(raw) < 1) return setError(m.stockWork.wholeUnits);
    const units = Number(raw);
    const outcome = await confirm({ id: shipment.id, quantityReceived: units });
    const payload = outcome.data?.confirmShipmentDelivered;
    if (payload?.shipment && !payload.userErrors.length) {
      setError(undefined);
      const left = payload.shipment.outstanding;
      feedback.notice(
        left
          ? m.stockWork.deliveredShort(format.number(units), format.number(left), toner)
          : m.stock.delivered(format.number(units), toner),
      );
      setValue(String(left));
      return;
    }
    const first = payload?.userErrors[0];
    if (first?.field?.includes('quantityReceived')) setError(userErrorText(first, m));
    else feedback.problem(first ? userErrorText(first, m) : m.common.serverError);
  }

  const inputId = `received-${shipment.id}`;
  return (
    <form className="inline-form" noValidate onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId} className="visually-hidden">
        {m.stockWork.receivedOf(toner)}
      </label>
      <input
        id={inputId}
        className="input--narrow"
        inputMode="numeric"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
      />
      <button
        type="submit"
        className="button button--secondary"
        disabled={result.fetching}
        aria-label={m.stock.confirmDeliveryOf(value, toner)}
      >
        {m.stock.confirmDelivery}
      </button>
      {error ? (
        <p className="field__error" id={`${inputId}-error`}>
          {error}
        </p>
      ) : null}
    </form>
  );
}

function UndoButton({
  shipment,
  feedback,
}: {
  shipment: ShipmentViewFragment;
  feedback: Feedback;
}) {
  const { m, format } = useI18n();
  const [result, undo] = useMutation(UndoDeliveryDocument);
  const latest = shipment.receipts.filter((r) => !r.undoneAt).at(-1);
  return (
    <button
      type="button"
      className="button button--link"
      disabled={result.fetching}
      aria-label={m.stockWork.undoOf(shipment.toner.name)}
      onClick={() =>
        void undo({ id: shipment.id }).then((r) => {
          const payload = r.data?.undoShipmentDelivery;
          if (payload?.shipment && !payload.userErrors.length)
            feedback.notice(
              m.stockWork.undone(format.number(latest?.quantity ?? 0), shipment.toner.name),
            );
          else
            feedback.problem(
              payload?.userErrors[0]
                ? userErrorText(payload.userErrors[0], m)
                : m.common.serverError,
            );
        })
      }
    >
      {m.stockWork.undo}
    </button>
  );
}

const TONE = { DELIVERED: 'ok', DECLINED: 'bad' } as const;

/** A location's shipments, newest first: why, how far, and what the caller can do next. */
export function ShipmentsTable({
  label,
  shipments,
  mayReceive,
  feedback,
}: {
  label: string;
  shipments: readonly ShipmentViewFragment[];
  mayReceive: boolean;
  feedback: Feedback;
}) {
  const { m, format } = useI18n();
  const offering = mayReceive && shipments.some((s) => s.receipts.some((r) => r.undoableUntil));
  const now = useNow(offering);
  return (
    <div className="table-wrap">
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{m.stock.ordered}</th>
            <th scope="col">{m.stock.toner}</th>
            <th scope="col" className="numeric">
              {m.stock.quantity}
            </th>
            <th scope="col">{m.fields.status}</th>
            <th scope="col">{m.stock.reason}</th>
            <th scope="col">
              <span className="visually-hidden">{m.stock.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shipments.map((node) => (
            <tr key={node.id}>
              <td>{format.dateTime(node.createdAt)}</td>
              <td>{node.toner.name}</td>
              <td className="numeric">{format.number(node.quantity)}</td>
              <td>
                <StatusBadge tone={TONE[node.status as keyof typeof TONE] ?? 'warn'}>
                  {m.shipmentStatus[node.status]}
                </StatusBadge>
                {node.deliveredAt ? (
                  <span className="muted"> {format.dateTime(node.deliveredAt)}</span>
                ) : null}
                {node.status === 'DISPATCHED' && node.quantityReceived ? (
                  <div className="muted">
                    {m.stockWork.receivedSoFar(
                      format.number(node.quantityReceived),
                      format.number(node.quantity),
                    )}{' '}
                    · {m.stockWork.outstanding(format.number(node.outstanding))}
                  </div>
                ) : null}
                {node.carrier && node.trackingNumber ? (
                  <div className="muted">
                    {m.stockWork.tracking(node.carrier, node.trackingNumber)}
                  </div>
                ) : null}
              </td>
              <td>
                {reasonText(node, m)}
                {node.reasonDetails.code === 'MANUAL_REQUEST' && node.history[0]?.byName ? (
                  <div className="muted">{m.stockWork.requestedBy(node.history[0].byName)}</div>
                ) : null}
                {node.declineReason ? <div>{m.stockWork.declined(node.declineReason)}</div> : null}
              </td>
              <td>
                {mayReceive && node.status === 'DISPATCHED' ? (
                  <ReceiveForm key={node.outstanding} shipment={node} feedback={feedback} />
                ) : null}
                {mayReceive && undoableReceipt(node, now) ? (
                  <UndoButton shipment={node} feedback={feedback} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
