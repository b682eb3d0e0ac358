import DataLoader from 'dataloader';
import { Raw, type FindOperator } from 'typeorm';

/**
 * The per-request DataLoader factory: one loader per name per request, so each entity is
 * fetched once per batch however many fields ask for it.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows by the keys asked for; a missing row becomes null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups rows by the keys asked for; a key without rows gets []. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

let anyOfParameters = 0;

/**
 * A batch's keys as one array parameter (`column = ANY($1)`): one statement text whatever the
 * batch size, where In() sends a parameter per key and a new text per size.
 */
export function anyOf<K>(keys: readonly K[]): FindOperator<K> {
  // A name of its own, so two anyOf() in one query never share (and overwrite) a parameter.
  const name = `batchKeys${++anyOfParameters}`;
  return Raw((column) => `${column} = ANY(:${name})`, { [name]: [...keys] });
}
