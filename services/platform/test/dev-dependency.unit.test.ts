import { loadDevDependency } from '../src/dev-dependency';

// Production images omit development dependencies: a process that needs one says what to set.

it('names the missing development dependency and what to configure instead', async () => {
  await expect(
    loadDevDependency(
      '@portal/devkit',
      'set DATABASE_URL to a PostgreSQL server',
      () =>
        // @ts-expect-error -- a package that is not installed, as in a production image
        import('portal-package-that-is-not-installed'),
    ),
  ).rejects.toThrow(
    '@portal/devkit is a development dependency and is not installed here (production images omit it): set DATABASE_URL to a PostgreSQL server.',
  );
});

it('passes any other failure on as it is', async () => {
  const failure = new Error('initdb failed');
  await expect(
    loadDevDependency('@portal/devkit', 'set DATABASE_URL', () => Promise.reject(failure)),
  ).rejects.toBe(failure);
});
