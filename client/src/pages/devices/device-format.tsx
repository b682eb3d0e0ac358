import type { DeviceStatus } from '../../__generated__/graphql';
import { StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

interface LocationParts {
  address: string;
  building?: string | null;
  floor?: string | null;
  room?: string | null;
}

/** "Address, building, floor, room" with what is known. */
export function locationLine(location: LocationParts): string {
  return [location.address, location.building, location.floor, location.room]
    .filter(Boolean)
    .join(', ');
}

export function DeviceStatusBadge({ status }: { status: DeviceStatus }) {
  const { m } = useI18n();
  const tone = status === 'ACTIVE' ? 'ok' : status === 'REMOVAL_REQUESTED' ? 'warn' : 'neutral';
  return <StatusBadge tone={tone}>{m.deviceStatus[status]}</StatusBadge>;
}
