import {
  checkContract,
  checkInstalledAt,
  checkLocation,
  checkReason,
  checkSerial,
  today,
} from '../src/domain/device-input';

const fields = (errors: { field: string[] | null }[]) => errors.map((e) => e.field?.join('.'));

describe('a device location', () => {
  it('is trimmed, and empty optional texts become null', () => {
    expect(
      checkLocation({ address: '  Havnegade 5 ', floor: ' ', room: '\tDispatch ' }, ['location']),
    ).toEqual({
      value: {
        address: 'Havnegade 5',
        building: null,
        floor: null,
        room: 'Dispatch',
        note: null,
        contactName: null,
        contactPhone: null,
      },
      errors: [],
    });
  });

  it('needs an address and bounds every field, reporting each on its own path', () => {
    const { errors } = checkLocation(
      {
        address: '',
        building: 'b'.repeat(101),
        floor: 'f'.repeat(21),
        room: 'r'.repeat(101),
        note: 'n'.repeat(501),
        contactName: 'c'.repeat(101),
        contactPhone: '1'.repeat(31),
      },
      ['input', 'location'],
    );
    expect(fields(errors)).toEqual([
      'input.location.address',
      'input.location.building',
      'input.location.floor',
      'input.location.room',
      'input.location.note',
      'input.location.contactName',
      'input.location.contactPhone',
    ]);
    expect(errors.every((e) => e.code === 'INVALID_INPUT')).toBe(true);
  });

  it('takes line breaks in the note but no control characters elsewhere', () => {
    expect(checkLocation({ address: 'A 1', note: 'Gate 3\nAsk at reception' }, []).errors).toEqual(
      [],
    );
    expect(fields(checkLocation({ address: 'A\n1' }, []).errors)).toEqual(['address']);
    expect(fields(checkLocation({ address: 'A 1', note: 'bell\u0007' }, []).errors)).toEqual([
      'note',
    ]);
  });

  it('takes phone numbers as people write them, not words', () => {
    for (const phone of ['+45 33 12 34 56', '(+45) 3312-3456', '33123456']) {
      expect(checkLocation({ address: 'A 1', contactPhone: phone }, []).errors).toEqual([]);
    }
    for (const phone of ['reception', '+', '12', '33 12 34 56 ext. 7']) {
      expect(fields(checkLocation({ address: 'A 1', contactPhone: phone }, []).errors)).toEqual([
        'contactPhone',
      ]);
    }
  });
});

describe('a service contract', () => {
  const contract = {
    contractNumber: 'SC-1',
    responseTimeHours: 8,
    billedMeters: ['COLOUR', 'TOTAL'] as ('TOTAL' | 'BLACK' | 'COLOUR')[],
    readingFrequency: 'MONTHLY' as const,
  };
  const meters = ['TOTAL', 'BLACK', 'COLOUR'] as const;

  it("keeps the billed meters in the model's order", () => {
    expect(checkContract(contract, [...meters], ['contract']).value?.billedMeters).toEqual([
      'TOTAL',
      'COLOUR',
    ]);
  });

  it('bills at least one meter, each once, each one the model has', () => {
    const check = (billedMeters: typeof contract.billedMeters) =>
      checkContract({ ...contract, billedMeters }, ['TOTAL', 'BLACK'], ['c']).errors.map(
        (e) => e.message,
      );
    expect(check([])).toEqual(['Bill at least one meter.']);
    expect(check(['TOTAL', 'TOTAL'])).toEqual(['Name each billed meter once.']);
    expect(check(['COLOUR'])).toEqual(['The model has no COLOUR meter; it has TOTAL, BLACK.']);
  });

  it('agrees a response time of 1 to 720 whole business hours', () => {
    for (const hours of [0, 721, 2.5]) {
      expect(
        fields(checkContract({ ...contract, responseTimeHours: hours }, [...meters], ['c']).errors),
      ).toEqual(['c.responseTimeHours']);
    }
    expect(checkContract({ ...contract, responseTimeHours: 720 }, [...meters], []).errors).toEqual(
      [],
    );
  });
});

describe('registration fields', () => {
  it('stores serial numbers trimmed and in capitals, letters, digits and dashes only', () => {
    expect(checkSerial(' np-1000001 ', ['s']).value).toBe('NP-1000001');
    for (const serial of ['NP1', 'NP 1000', '-NP1000', 'NP1000-', 'N'.repeat(31), 'NPÆ1000']) {
      expect(checkSerial(serial, ['s']).errors).toHaveLength(1);
    }
  });

  it('refuses an install date in the future, in the device time zone', () => {
    const now = new Date('2026-12-31T23:30:00Z'); // already 1 January in Copenhagen
    expect(today('Europe/Copenhagen', now)).toBe('2027-01-01');
    expect(checkInstalledAt(today('Europe/Copenhagen'), 'Europe/Copenhagen', []).errors).toEqual(
      [],
    );
    expect(checkInstalledAt('2999-01-01', 'Europe/Copenhagen', ['d']).errors).toHaveLength(1);
  });

  it('needs a reason for a removal request, at most 500 characters', () => {
    expect(checkReason(' ', ['reason'], { required: true }).errors).toHaveLength(1);
    expect(checkReason(null, ['reason'], { required: false })).toEqual({ value: null, errors: [] });
    expect(checkReason('x'.repeat(501), ['reason'], { required: false }).errors).toHaveLength(1);
  });
});
