import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { DeviceDetailFragment } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { OrdersTable } from '../orders/OrdersTable';
import { ServiceOrderForm } from '../orders/ServiceOrderForm';
import { CorrectionText, MeterHistoryTable, UsageChart } from '../readings/MeterHistory';
import { MeterReadingForm } from '../readings/MeterReadingForm';

const DeviceWorkDocument = graphql(`
  query DeviceWork($id: ID!, $orders: Boolean!, $readings: Boolean!) {
    device(id: $id) {
      id
      viewerCanCreateServiceOrder @include(if: $orders)
      viewerCanSubmitMeterReading @include(if: $readings)
      viewerCanBackdateMeterReading @include(if: $readings)
      viewerCanCorrectMeterReadings @include(if: $readings)
      serviceOrders(first: 10) @include(if: $orders) {
        totalCount
        edges {
          node {
            ...OrderRow
          }
        }
      }
      meterReadingDue @include(if: $readings) {
        dueDate
        overdue
        periodStart
        periodEnd
      }
      meterReadingCorrections @include(if: $readings) {
        id
        ...CorrectionLine
      }
      meterReadings(first: 24) @include(if: $readings) {
        totalCount
        edges {
          node {
            ...MeterHistory
          }
        }
      }
    }
  }
`);

/** The device's service orders and meter readings, for the roles that work with them. */
export function DeviceWork({ device }: { device: DeviceDetailFragment }) {
  const { m, format } = useI18n();
  const { access } = useSession();
  const seesOrders = access.canUseServiceOrders;
  const seesReadings = access.canSeeMeterReadings;
  const [{ data }, reexecute] = useQuery({
    query: DeviceWorkDocument,
    variables: { id: device.id, orders: seesOrders, readings: seesReadings },
  });
  const [ordering, setOrdering] = useState(false);
  const work = data?.device;
  // The subgraphs' own rules for this device: role, assignment and the device's status.
  const mayOrder = work?.viewerCanCreateServiceOrder === true;
  const maySubmitReading = work?.viewerCanSubmitMeterReading === true;
  const mayBackdate = work?.viewerCanBackdateMeterReading === true;
  const mayCorrect = work?.viewerCanCorrectMeterReadings === true;
  const readings = work?.meterReadings?.edges.map((e) => e.node) ?? [];
  const due = work?.meterReadingDue;
  // Corrections show at their reading; a voided reading is gone, so its voiding shows here.
  const voided = work?.meterReadingCorrections?.filter((c) => c.kind === 'VOIDED') ?? [];

  return (
    <>
      {seesOrders ? (
        <section aria-labelledby="device-orders">
          <h2 id="device-orders">{m.orders.title}</h2>
          {mayOrder ? (
            ordering ? (
              <ServiceOrderForm deviceId={device.id} onCancel={() => setOrdering(false)} />
            ) : (
              <p>
                <button type="button" className="button" onClick={() => setOrdering(true)}>
                  {m.orders.newTitle}
                </button>
              </p>
            )
          ) : null}
          {work?.serviceOrders?.edges.length ? (
            <OrdersTable
              orders={work.serviceOrders.edges.map((e) => e.node)}
              caption={m.orders.title}
              showDevice={false}
            />
          ) : work ? (
            <p>{m.orders.noneForDevice}</p>
          ) : null}
          {work?.serviceOrders &&
          work.serviceOrders.totalCount > work.serviceOrders.edges.length ? (
            <p>
              <Link to="/service-orders?status=all">{m.orders.all}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {seesReadings ? (
        <section aria-labelledby="meter-reading-title" id="meter-reading">
          <h2 id="meter-reading-title">{m.readings.deviceTitle}</h2>
          {due ? (
            <p>
              {m.readings.dueBy(format.date(due.dueDate))}{' '}
              {due.overdue ? <StatusBadge tone="bad">{m.readings.overdue}</StatusBadge> : null}
            </p>
          ) : work ? (
            <p>{m.readings.notDue}</p>
          ) : null}
          {maySubmitReading ? (
            <MeterReadingForm
              deviceId={device.id}
              meters={device.contract.billedMeters}
              previous={readings[0] ?? null}
              mayBackdate={mayBackdate}
              onSubmitted={() => reexecute({ requestPolicy: 'network-only' })}
            />
          ) : null}
          <h3>{m.readings.historyTitle}</h3>
          <UsageChart readings={readings} />
          <MeterHistoryTable
            readings={readings}
            meters={device.contract.billedMeters}
            mayCorrect={mayCorrect}
            onChanged={() => reexecute({ requestPolicy: 'network-only' })}
          />
          {voided.length ? (
            <>
              <h3>{m.readings.correctionsTitle}</h3>
              <ul>
                {voided.map((c) => (
                  <li key={c.id}>
                    <CorrectionText correction={c} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
