import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { ServiceOrderType } from '../../__generated__/graphql';
import {
  FormAlert,
  SelectField,
  TextArea,
  TextField,
  useFieldChecks,
  useFocusFirstInvalid,
  useFormFields,
} from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { formErrors } from '../../i18n/user-errors';

const SuggestionsDocument = graphql(`
  query KnowledgeSuggestions($description: String!, $errorCode: String, $language: String) {
    knowledgeSuggestions(
      description: $description
      errorCode: $errorCode
      first: 5
      language: $language
    ) {
      id
      slug
      title
      errorCodes
    }
  }
`);

const CreateOrderDocument = graphql(`
  mutation CreateServiceOrder($input: CreateServiceOrderInput!) {
    createServiceOrder(input: $input) {
      serviceOrder {
        id
        number
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const TYPES: ServiceOrderType[] = ['BREAKDOWN', 'MAINTENANCE', 'MOVE', 'INSTALLATION', 'OTHER'];
const FIELDS = [
  'deviceId',
  'type',
  'description',
  'errorCode',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;
type Field = (typeof FIELDS)[number];

/** Waits until the value has stood still for `ms`, so typing does not send a query per key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Help articles that match the draft, offered while the customer types. */
function Suggestions({ description, errorCode }: { description: string; errorCode: string }) {
  const { m, language } = useI18n();
  const draft = useDebounced({ description: description.trim(), errorCode: errorCode.trim() }, 400);
  const [{ data }] = useQuery({
    query: SuggestionsDocument,
    variables: {
      description: draft.description,
      errorCode: draft.errorCode || null,
      language,
    },
    pause: draft.description.length < 3 && draft.errorCode.length < 4,
  });
  const articles = data?.knowledgeSuggestions ?? [];
  return (
    <section className="suggestions" aria-labelledby="suggestions-title" aria-live="polite">
      <h3 id="suggestions-title">{m.orders.suggestionsTitle}</h3>
      {articles.length ? (
        <>
          <p className="muted">{m.orders.suggestionsHint}</p>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <Link to={`/knowledge/${article.slug}`} target="_blank" rel="noopener">
                  {article.title}
                </Link>
                {article.errorCodes.length ? (
                  <span className="muted"> · {article.errorCodes.join(', ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{m.orders.suggestionsNone}</p>
      )}
    </section>
  );
}

export interface OrderableDevice {
  id: string;
  serialNumber: string;
  model: { name: string };
}

/**
 * A new service order for one device (fixed, or chosen from `devices`), with help articles
 * offered while the problem is described.
 */
export function ServiceOrderForm({
  deviceId,
  devices,
  onCancel,
}: {
  deviceId?: string;
  devices?: readonly OrderableDevice[];
  onCancel?(): void;
}) {
  const { m } = useI18n();
  const { access, me } = useSession();
  const navigate = useNavigate();
  const check = useFieldChecks();
  // A customer is usually the contact: name, phone and e-mail start as the signed-in user's. Staff
  // raise orders for someone else and start empty.
  const own = !access.isStaff && me ? me : null;
  const { values, errors, setErrors, validate, field } = useFormFields<Field>(
    {
      deviceId: deviceId ?? '',
      type: 'BREAKDOWN',
      description: '',
      errorCode: '',
      contactName: own?.name ?? '',
      contactPhone: own?.phone ?? '',
      contactEmail: own?.email ?? '',
    },
    {
      deviceId: (value) => (value ? undefined : m.orders.chooseDevice),
      description: check.required('description'),
      contactName: check.required('contactName'),
      contactPhone: check.required('contactPhone'),
      contactEmail: check.optionalEmail,
    },
  );
  const [openOrder, setOpenOrder] = useState<{ id: string; number: string } | null>(null);
  const [result, create] = useMutation(CreateOrderDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOpenOrder(null);
    if (!validate()) return;
    const outcome = await create({
      input: {
        deviceId: values.deviceId,
        type: values.type as ServiceOrderType,
        description: values.description,
        errorCode: values.errorCode.trim() || null,
        contactName: values.contactName,
        contactPhone: values.contactPhone,
        contactEmail: values.contactEmail.trim() || null,
      },
    });
    const payload = outcome.data?.createServiceOrder;
    if (payload?.serviceOrder && !payload.userErrors.length) {
      void navigate(`/service-orders/${payload.serviceOrder.id}?created=1`);
      return;
    }
    if (payload?.userErrors.some((e) => e.code === 'DUPLICATE_OPEN_ORDER') && payload.serviceOrder)
      setOpenOrder(payload.serviceOrder);
    setErrors(
      payload
        ? formErrors(
            payload.userErrors.filter((e) => e.code !== 'DUPLICATE_OPEN_ORDER'),
            m,
            FIELDS,
          )
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  const text = (
    name: Field,
    props: { required?: boolean; autoComplete?: string; type?: string; hint?: string } = {},
  ) => <TextField label={m.orders.fields[name]} {...field(name)} {...props} />;

  return (
    <form
      ref={form}
      onSubmit={(e) => void submit(e)}
      noValidate
      className="panel"
      aria-label={m.orders.newTitle}
    >
      <FormAlert messages={errors.general} />
      {openOrder ? (
        <div className="alert alert--error" role="alert">
          <p>
            {m.orders.duplicate}{' '}
            <Link to={`/service-orders/${openOrder.id}`}>{openOrder.number}</Link>
          </p>
        </div>
      ) : null}
      {devices ? (
        <SelectField label={m.orders.fields.deviceId} required {...field('deviceId')}>
          <option value="">{m.orders.chooseDevice}</option>
          {devices.map((device) => (
            <option key={device.id} value={device.id}>
              {device.serialNumber} · {device.model.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={m.orders.fields.type} required {...field('type')}>
        {TYPES.map((type) => (
          <option key={type} value={type}>
            {m.orderType[type]}
          </option>
        ))}
      </SelectField>
      <div className="columns">
        <div>
          <TextArea
            label={m.orders.fields.description}
            required
            rows={5}
            {...field('description')}
            hint={m.orders.descriptionHint}
          />
          {text('errorCode', { hint: m.orders.errorCodeHint })}
        </div>
        <Suggestions description={values.description} errorCode={values.errorCode} />
      </div>
      <div className="field-row">
        {text('contactName', { required: true, autoComplete: 'name' })}
        {text('contactPhone', { required: true, autoComplete: 'tel', type: 'tel' })}
        {text('contactEmail', {
          autoComplete: 'email',
          type: 'email',
          // The server mails a customer's order only to the customer's own address.
          hint: access.isStaff ? undefined : m.orders.contactEmailHint,
        })}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={result.fetching}>
          {m.orders.submit}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {m.common.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
