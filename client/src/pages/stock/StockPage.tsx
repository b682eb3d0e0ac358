import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { StockLocationViewFragment } from '../../__generated__/graphql';
import { useLiveRefetch } from '../../app/live';
import { FormAlert, Notice, TextField, useFocusFirstInvalid } from '../../components/forms';
import { Loading, PageTitle, RequestError, StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { userErrorText } from '../../i18n/user-errors';
import { CountDocument, StockDocument } from './documents';
import { LevelTargetsForm, LocationEditForm } from './LocationForms';
import { RequestTonerForm } from './RequestTonerForm';
import { ShipmentsTable } from './ShipmentsTable';

type Editing = 'count' | 'levels' | 'location' | 'request' | null;

/** Counted quantities, one field per toner the location keeps; all or nothing. */
function CountForm({
  location,
  onDone,
}: {
  location: StockLocationViewFragment;
  onDone(saved: boolean): void;
}) {
  const { m } = useI18n();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(location.levels.map((l) => [l.toner.sku, String(l.quantity)])),
  );
  const [errors, setErrors] = useState<{ skus: Record<string, string>; general: string[] }>({
    skus: {},
    general: [],
  });
  const [result, record] = useMutation(CountDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const skus: Record<string, string> = {};
    const counts = location.levels.map((l) => {
      const raw = (values[l.toner.sku] ?? '').trim();
      if (!/^\d+$/.test(raw)) skus[l.toner.sku] = m.stock.wholeNumber;
      return { sku: l.toner.sku, quantity: Number(raw) };
    });
    if (Object.keys(skus).length) return setErrors({ skus, general: [] });
    const outcome = await record({ stockLocationId: location.id, counts });
    const payload = outcome.data?.recordStockCount;
    if (payload?.stockLocation && !payload.userErrors.length) return onDone(true);
    const next = { skus: {} as Record<string, string>, general: [] as string[] };
    for (const error of payload?.userErrors ?? []) {
      const at = error.field?.indexOf('counts') ?? -1;
      const level = at >= 0 ? counts[Number(error.field![at + 1])] : undefined;
      if (level) next.skus[level.sku] = userErrorText(error, m);
      else next.general.push(userErrorText(error, m));
    }
    if (!payload) next.general.push(m.common.serverError);
    setErrors(next);
  }

  return (
    <form
      ref={form}
      className="panel"
      aria-label={m.stock.countTitle(location.name)}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormAlert messages={errors.general} />
      <p className="muted">{m.stock.countIntro}</p>
      <div className="field-row">
        {location.levels.map((level) => (
          <TextField
            key={level.toner.sku}
            label={m.stock.counted(level.toner.name)}
            inputMode="numeric"
            required
            value={values[level.toner.sku] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [level.toner.sku]: e.target.value }))}
            error={errors.skus[level.toner.sku]}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={result.fetching}>
          {m.stock.saveCount}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}

function Location({ location }: { location: StockLocationViewFragment }) {
  const { m } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The server's answer for this location (toner's own rule: the assigned Stock Manager).
  const mayChange = location.viewerCan.countStock;
  const below = location.levels.filter((l) => l.belowMinimum).length;
  const headingId = `stock-${location.id}`;
  const open = (form: Editing) => () => {
    setNotice(null);
    setProblem(null);
    setEditing(form);
  };
  const done = (text: string | null) => {
    setEditing(null);
    if (text) setNotice(text);
  };

  return (
    <section className="stock-location" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {location.name}{' '}
        {below ? <StatusBadge tone="bad">{m.stock.belowCount(below)}</StatusBadge> : null}
      </h2>
      <p className="muted">
        {location.account.name} ({location.account.customerAccountNumber}) · {location.address}
        {location.shippingInstructions ? ` · ${location.shippingInstructions}` : ''}
        {location.contactName ? ` · ${location.contactName}` : ''}
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      <FormAlert messages={problem ? [problem] : []} />
      <LevelsTable location={location} />
      {mayChange ? (
        editing === 'count' ? (
          <CountForm
            location={location}
            onDone={(saved) => done(saved ? m.stock.countSaved : null)}
          />
        ) : editing === 'levels' ? (
          <LevelTargetsForm
            location={location}
            onDone={(saved) => done(saved ? m.stockWork.levelsSaved : null)}
          />
        ) : editing === 'location' ? (
          <LocationEditForm
            location={location}
            onDone={(saved) => done(saved ? m.stockWork.locationSaved : null)}
          />
        ) : editing === 'request' ? (
          <RequestTonerForm location={location} onDone={done} />
        ) : (
          <div className="actions">
            {location.levels.length ? (
              <>
                <button type="button" className="button" onClick={open('request')}>
                  {m.stockWork.requestToner}
                </button>
                <button type="button" className="button button--secondary" onClick={open('count')}>
                  {m.stock.recordCount}
                </button>
                <button type="button" className="button button--secondary" onClick={open('levels')}>
                  {m.stockWork.editLevels}
                </button>
              </>
            ) : null}
            <button type="button" className="button button--secondary" onClick={open('location')}>
              {m.stockWork.editLocation}
            </button>
          </div>
        )
      ) : null}
      {location.devices.length ? (
        <p className="muted">
          {m.stock.serves} {location.devices.map((d) => d.serialNumber).join(', ')}
        </p>
      ) : null}

      <h3>{m.stock.shipments}</h3>
      {location.shipments.edges.length ? (
        <ShipmentsTable
          label={m.stock.shipmentsOf(location.name)}
          shipments={location.shipments.edges.map((e) => e.node)}
          mayReceive={location.viewerCan.confirmDelivery}
          feedback={{
            notice: (text) => {
              setProblem(null);
              setNotice(text);
            },
            problem: (text) => {
              setNotice(null);
              setProblem(text);
            },
          }}
        />
      ) : (
        <p>{m.stock.noShipments}</p>
      )}
    </section>
  );
}

function LevelsTable({ location }: { location: StockLocationViewFragment }) {
  const { m, format } = useI18n();
  return (
    <div className="table-wrap">
      <table aria-label={m.stock.levelsOf(location.name)}>
        <thead>
          <tr>
            <th scope="col">{m.stock.toner}</th>
            <th scope="col" className="numeric">
              {m.stock.onHand}
            </th>
            <th scope="col" className="numeric">
              {m.stock.inShipment}
            </th>
            <th scope="col" className="numeric">
              {m.stock.minimum}
            </th>
            <th scope="col" className="numeric">
              {m.stock.target}
            </th>
            <th scope="col">{m.stock.countedAt}</th>
          </tr>
        </thead>
        <tbody>
          {location.levels.map((level) => (
            <tr key={level.toner.sku} className={level.belowMinimum ? 'row--below' : undefined}>
              <th scope="row">
                {level.toner.name} <span className="muted">{level.toner.sku}</span>
                {level.belowMinimum ? (
                  <>
                    {' '}
                    <StatusBadge tone="bad">{m.stock.belowMinimum}</StatusBadge>
                  </>
                ) : null}
              </th>
              <td className="numeric">{format.number(level.quantity)}</td>
              <td className="numeric">{format.number(level.inShipment)}</td>
              <td className="numeric">{format.number(level.minimumLevel)}</td>
              <td className="numeric">{format.number(level.targetLevel)}</td>
              <td>{level.countedAt ? format.dateTime(level.countedAt) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Stock locations with their levels (below minimum highlighted), counts and shipments. */
export default function StockPage() {
  const { m } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: StockDocument });
  useLiveRefetch(['Shipment', 'StockLocation'], () => refetch({ requestPolicy: 'network-only' }));
  return (
    <section>
      <PageTitle title={m.stock.title}>{m.stock.title}</PageTitle>
      <p className="lead">{m.stock.intro}</p>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data?.stockLocations.length === 0 ? <p>{m.stock.none}</p> : null}
      {data?.stockLocations.map((location) => (
        <Location key={location.id} location={location} />
      ))}
    </section>
  );
}
