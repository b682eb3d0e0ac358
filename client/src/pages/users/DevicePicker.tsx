import { useId, useState } from 'react';
import type { AssignableDevicesQuery } from '../../__generated__/graphql';
import { SelectField, TextField } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { locationLine } from '../devices/device-format';

export type PickableDevice = AssignableDevicesQuery['devices']['edges'][number]['node'];

/**
 * Many devices at once for a Device Manager: narrowed by a text (serial, model, location), an
 * account and a site (the address), then ticked one by one or all shown at once.
 */
export function DevicePicker({
  legend,
  devices,
  selected,
  onChange,
  error,
}: {
  legend: string;
  devices: readonly PickableDevice[];
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  error?: string;
}) {
  const { m } = useI18n();
  const t = m.deviceManagers;
  const errorId = useId();
  const [text, setText] = useState('');
  const [accountId, setAccountId] = useState('');
  const [site, setSite] = useState('');
  const accounts = [...new Map(devices.map((d) => [d.account.id, d.account])).values()];
  const sites = [...new Set(devices.map((d) => d.location.address))].sort();
  const needle = text.trim().toLowerCase();
  const shown = devices.filter(
    (d) =>
      (!accountId || d.account.id === accountId) &&
      (!site || d.location.address === site) &&
      (!needle ||
        [d.serialNumber, d.model.name, locationLine(d.location)].some((v) =>
          v.toLowerCase().includes(needle),
        )),
  );
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };

  return (
    <fieldset
      className={error ? 'checklist field--invalid' : 'checklist'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <div className="field-row">
        <TextField
          label={t.pickerSearch}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {accounts.length > 1 ? (
          <SelectField
            label={t.pickerAccount}
            value={accountId}
            onChange={(e) => setAccountId(e.target.value)}
          >
            <option value="">{t.anyAccount}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.customerAccountNumber}
              </option>
            ))}
          </SelectField>
        ) : null}
        {sites.length > 1 ? (
          <SelectField label={t.pickerSite} value={site} onChange={(e) => setSite(e.target.value)}>
            <option value="">{t.anySite}</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      {shown.length ? (
        <p>
          <button
            type="button"
            className="button button--link"
            onClick={() =>
              toggle(
                shown.map((d) => d.id),
                true,
              )
            }
          >
            {t.selectShown(shown.length)}
          </button>{' '}
          <span className="muted" aria-live="polite">
            {t.selected(selected.size)}
          </span>
        </p>
      ) : (
        <p className="muted">{t.noneMatch}</p>
      )}
      {shown.map((device) => (
        <label key={device.id}>
          <input
            type="checkbox"
            checked={selected.has(device.id)}
            onChange={(e) => toggle([device.id], e.target.checked)}
          />{' '}
          {device.serialNumber} · {device.model.name}{' '}
          <span className="muted">· {locationLine(device.location)}</span>
        </label>
      ))}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
