/** datetime-local fields hold Copenhagen wall time, whatever zone the browser is in. */

const COPENHAGEN_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Copenhagen wall time of an instant, as a datetime-local value (YYYY-MM-DDTHH:mm). */
export function toCopenhagenLocal(instant: Date): string {
  const p = Object.fromEntries(
    COPENHAGEN_PARTS.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * A datetime-local value read as Copenhagen wall time (whatever the browser's own zone), as an
 * ISO instant; null when it is no valid Copenhagen time.
 */
export function fromCopenhagenLocal(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Two rounds settle the zone offset, also next to a daylight-saving change.
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const shown = toCopenhagenLocal(new Date(guess));
    const [sy, smo, sd, sh, smi] = shown.split(/[-T:]/).map(Number) as number[];
    guess += wall - Date.UTC(sy!, smo! - 1, sd!, sh!, smi!);
  }
  // A day such as 2026-13-01, or a time the clock skips in spring, is no Copenhagen time.
  return toCopenhagenLocal(new Date(guess)) === local ? new Date(guess).toISOString() : null;
}
