import { clientAddressKey } from '../src/domain/throttle';

// Throttling counts per client: an IPv6 client holds a /64, so rotating within it gains nothing.
it('counts an IPv6 client by its /64, IPv4 (also IPv4-mapped) by its address', () => {
  expect(clientAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
  expect(clientAddressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
  expect(clientAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  expect(clientAddressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
  expect(clientAddressKey(' 198.51.100.7 ')).toBe('198.51.100.7');
  expect(clientAddressKey(undefined)).toBe('unknown');
});
