import { parseDate, parseDateTime } from '../src/scalars';

describe('Date and DateTime refuse what is not a real day or time', () => {
  it.each(['2026-13-01', '0000-00-00', '2026-02-30', '2026-01-01T00:00:00Z', '26-01-01', ''])(
    'refuses the Date %j as bad user input',
    (value) => {
      expect(() => parseDate(value)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      );
    },
  );

  it.each(['2026-01-01', '2024-02-29', '0001-01-01'])('takes the Date %s', (value) => {
    expect(parseDate(value)).toBe(value);
  });

  it.each([
    '2026-13-01T10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:00:61+01:00',
    '2026-01-01',
    '',
  ])('refuses the DateTime %j as bad user input', (value) => {
    expect(() => parseDateTime(value)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });

  it('takes a DateTime with an offset', () => {
    expect(parseDateTime('2026-11-27T09:30:00.5+01:00').toISOString()).toBe(
      '2026-11-27T08:30:00.500Z',
    );
  });
});
