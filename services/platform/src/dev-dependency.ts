/**
 * Loads a package that only development and tests install (@portal/devkit: embedded PostgreSQL,
 * the demo's mailbox): production images hold only their workspace's production dependencies, so
 * there the import fails, and the message says what to configure instead (infra/scripts/system.mjs).
 */
export async function loadDevDependency<T>(
  name: string,
  instead: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(
        `${name} is a development dependency and is not installed here (production images omit it): ${instead}.`,
        { cause: error },
      );
    }
    throw error;
  }
}
