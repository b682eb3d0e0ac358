import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { FormAlert, SelectField, TextField, useFocusFirstInvalid } from '../../components/forms';
import { useI18n, type Language } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';
import {
  AssignableDevicesDocument,
  AssignableStockLocationsDocument,
  InviteUserDocument,
} from './documents';
import { DevicePicker } from './DevicePicker';
import { GrantPicker, grantKey, grantsOf } from './GrantPicker';

/**
 * Invites a user by e-mail with roles (and the devices and stock locations to manage); the
 * invitation link sets the password.
 */
export function InviteForm({ onInvited }: { onInvited(email: string): void }) {
  const { m, language } = useI18n();
  const { access } = useSession();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [mailLanguage, setMailLanguage] = useState<Language>(language);
  const [grants, setGrants] = useState<Set<string>>(new Set());
  const [deviceIds, setDeviceIds] = useState<Set<string>>(new Set());
  const [locationIds, setLocationIds] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [result, invite] = useMutation(InviteUserDocument);
  const [{ data: devices }] = useQuery({ query: AssignableDevicesDocument });
  const [{ data: locations }] = useQuery({ query: AssignableStockLocationsDocument });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  // Devices can be assigned only on accounts where the user becomes Device Manager.
  const assignable = (devices?.devices.edges ?? [])
    .map((e) => e.node)
    .filter((d) => grants.has(grantKey('DEVICE_MANAGER', d.account.id)));
  // Stock locations likewise, on accounts where the user becomes Stock Manager.
  const assignableLocations = (locations?.stockLocations ?? []).filter((l) =>
    grants.has(grantKey('STOCK_MANAGER', l.account.id)),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = assignable.filter((d) => deviceIds.has(d.id)).map((d) => d.id);
    const outcome = await invite({
      input: {
        email: email.trim(),
        name: name.trim(),
        language: mailLanguage,
        grants: grantsOf(grants),
        deviceIds: chosen,
        stockLocationIds: assignableLocations.filter((l) => locationIds.has(l.id)).map((l) => l.id),
      },
    });
    const payload = outcome.data?.inviteUser;
    if (payload?.user && !payload.userErrors.length) {
      onInvited(payload.user.email);
      setEmail('');
      setName('');
      setGrants(new Set());
      setDeviceIds(new Set());
      setLocationIds(new Set());
      setErrors({ fields: {}, general: [] });
      return;
    }
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, [
            'email',
            'name',
            'grants',
            'accountId',
            'deviceIds',
            'stockLocationIds',
          ])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <form
      ref={form}
      onSubmit={(e) => void submit(e)}
      noValidate
      className="panel"
      aria-labelledby="invite-title"
    >
      <h2 id="invite-title">{m.users.inviteTitle}</h2>
      <p>{m.users.inviteIntro}</p>
      <FormAlert messages={errors.general} />
      <div className="field-row">
        <TextField
          label={m.fields.name}
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
        />
        <TextField
          label={m.fields.email}
          name="email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <SelectField
          label={m.users.mailLanguage}
          value={mailLanguage}
          onChange={(e) => setMailLanguage(e.target.value as Language)}
        >
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </SelectField>
      </div>
      <GrantPicker
        legend={m.users.roles}
        accounts={access.administeredAccounts}
        selected={grants}
        onChange={setGrants}
        error={errors.fields.grants ?? errors.fields.accountId}
      />
      {assignable.length ? (
        <DevicePicker
          legend={m.users.devicesToManage}
          devices={assignable}
          selected={deviceIds}
          onChange={setDeviceIds}
          error={errors.fields.deviceIds}
        />
      ) : null}
      {assignableLocations.length ? (
        <fieldset className="checklist">
          <legend>{m.stockWork.stockLocationsToManage}</legend>
          {assignableLocations.map((location) => (
            <label key={location.id}>
              <input
                type="checkbox"
                checked={locationIds.has(location.id)}
                onChange={(e) => {
                  const next = new Set(locationIds);
                  if (e.target.checked) next.add(location.id);
                  else next.delete(location.id);
                  setLocationIds(next);
                }}
              />{' '}
              {location.name} · {location.account.customerAccountNumber}
            </label>
          ))}
          {errors.fields.stockLocationIds ? (
            <p className="field__error">{errors.fields.stockLocationIds}</p>
          ) : null}
        </fieldset>
      ) : null}
      <button type="submit" className="button" disabled={result.fetching}>
        {m.users.invite}
      </button>
    </form>
  );
}
