import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { StockLocationViewFragment } from '../../__generated__/graphql';
import { FormAlert, TextArea, TextField, useFocusFirstInvalid } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { formErrors, userErrorText, type FormErrors } from '../../i18n/user-errors';
import { SetTargetsDocument, UpdateLocationDocument } from './documents';

const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** Name, delivery address, shipping instructions and contact of a stock location. */
export function LocationEditForm({
  location,
  onDone,
}: {
  location: StockLocationViewFragment;
  onDone(saved: boolean): void;
}) {
  const { m } = useI18n();
  const t = m.stockWork;
  const [values, setValues] = useState({
    name: location.name,
    address: location.address,
    shippingInstructions: location.shippingInstructions,
    contactName: location.contactName ?? '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [result, update] = useMutation(UpdateLocationDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await update({ id: location.id, input: values });
    const payload = outcome.data?.updateStockLocation;
    if (payload?.stockLocation && !payload.userErrors.length) return onDone(true);
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, Object.keys(values))
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <form
      ref={form}
      className="panel"
      aria-label={t.locationTitle(location.name)}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormAlert messages={errors.general} />
      <div className="field-row">
        <TextField
          label={t.name}
          required
          value={values.name}
          onChange={set('name')}
          error={errors.fields.name}
        />
        <TextField
          label={t.address}
          required
          value={values.address}
          onChange={set('address')}
          error={errors.fields.address}
        />
        <TextField
          label={t.contactName}
          value={values.contactName}
          onChange={set('contactName')}
          error={errors.fields.contactName}
        />
      </div>
      <TextArea
        label={t.shippingInstructions}
        hint={t.shippingHint}
        value={values.shippingInstructions}
        onChange={set('shippingInstructions')}
        error={errors.fields.shippingInstructions}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={result.fetching}>
          {t.saveLocation}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}

type LevelErrors = Record<string, { minimum?: string; target?: string }>;

/** Minimum and target per toner the location keeps; the quantity on hand is left alone. */
export function LevelTargetsForm({
  location,
  onDone,
}: {
  location: StockLocationViewFragment;
  onDone(saved: boolean): void;
}) {
  const { m } = useI18n();
  const t = m.stockWork;
  const [values, setValues] = useState(() =>
    Object.fromEntries(
      location.levels.map((l) => [
        l.toner.sku,
        { minimum: String(l.minimumLevel), target: String(l.targetLevel) },
      ]),
    ),
  );
  const [errors, setErrors] = useState<{ levels: LevelErrors; general: string[] }>({
    levels: {},
    general: [],
  });
  const [result, save] = useMutation(SetTargetsDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: LevelErrors = {};
    const levels = location.levels.map(({ toner: { sku } }) => {
      const { minimum, target } = values[sku]!;
      const bad = (raw: string) => (/^\d+$/.test(raw.trim()) ? undefined : m.stock.wholeNumber);
      const problem = { minimum: bad(minimum), target: bad(target) };
      if (!problem.minimum && !problem.target && Number(target) < Number(minimum))
        problem.target = t.targetBelowMinimum;
      if (problem.minimum || problem.target) found[sku] = problem;
      return { sku, minimumLevel: Number(minimum), targetLevel: Number(target) };
    });
    if (Object.keys(found).length) return setErrors({ levels: found, general: [] });
    const outcome = await save({ stockLocationId: location.id, levels });
    const payload = outcome.data?.setStockLevelTargets;
    if (payload?.stockLocation && !payload.userErrors.length) return onDone(true);
    const next = { levels: {} as LevelErrors, general: [] as string[] };
    for (const error of payload?.userErrors ?? []) {
      const at = error.field?.indexOf('levels') ?? -1;
      const level = at >= 0 ? levels[Number(error.field![at + 1])] : undefined;
      const which = error.field?.at(-1) === 'minimumLevel' ? 'minimum' : 'target';
      if (level) next.levels[level.sku] = { [which]: userErrorText(error, m) };
      else next.general.push(userErrorText(error, m));
    }
    if (!payload) next.general.push(m.common.serverError);
    setErrors(next);
  }

  return (
    <form
      ref={form}
      className="panel"
      aria-label={t.levelsTitle(location.name)}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormAlert messages={errors.general} />
      <p className="muted">{t.levelsIntro}</p>
      {location.levels.map(({ toner }) => (
        <div className="field-row" key={toner.sku}>
          <TextField
            label={t.minimumOf(toner.name)}
            inputMode="numeric"
            required
            value={values[toner.sku]!.minimum}
            onChange={(e) =>
              setValues((v) => ({
                ...v,
                [toner.sku]: { ...v[toner.sku]!, minimum: e.target.value },
              }))
            }
            error={errors.levels[toner.sku]?.minimum}
          />
          <TextField
            label={t.targetOf(toner.name)}
            inputMode="numeric"
            required
            value={values[toner.sku]!.target}
            onChange={(e) =>
              setValues((v) => ({
                ...v,
                [toner.sku]: { ...v[toner.sku]!, target: e.target.value },
              }))
            }
            error={errors.levels[toner.sku]?.target}
          />
        </div>
      ))}
      <div className="actions">
        <button type="submit" className="button" disabled={result.fetching}>
          {t.saveLevels}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
