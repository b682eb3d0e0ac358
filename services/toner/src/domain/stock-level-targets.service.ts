import { In, type DataSource } from 'typeorm';
import { fromGlobalId, userError, type Principal, type UserError } from '@portal/platform';
import { StockLevel } from '../entities/stock-level.entity';
import { StockLocation } from '../entities/stock-location.entity';
import { TonerProduct } from '../entities/toner-product.entity';
import { assertMayAttempt, mayChange } from './stock-access';
import { checkQuantity, MAX_COUNTS, normaliseSku } from './stock-input';
import type { StockLocationPayload, StockLocationService } from './stock-location.service';

export interface StockLevelTargetInput {
  sku: string;
  minimumLevel: number;
  targetLevel: number;
}

/**
 * A location's minimum and target per toner product, set without a count: the quantity on hand
 * stays what alerts and deliveries made it. A product new to the location starts at 0 on hand.
 */
export class StockLevelTargetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly locations: StockLocationService,
  ) {}

  async set(globalId: string, levels: StockLevelTargetInput[]): Promise<StockLocationPayload> {
    assertMayAttempt(this.principal, 'stock-level:targets');
    const id = fromGlobalId('StockLocation', globalId);
    if (!id) return notFound();
    const result = await this.dataSource.transaction(async (manager) => {
      const location = await manager.findOne(StockLocation, {
        where: { id },
        lock: { mode: 'for_no_key_update' },
      });
      if (!location || !mayChange(this.principal, 'stock-level:targets', location))
        return notFound();
      const skus = levels.map((l) => normaliseSku(l.sku));
      const known = new Set(
        (await manager.findBy(TonerProduct, { sku: In(skus) })).map((p) => p.sku),
      );
      const errors: UserError[] = [];
      if (levels.length === 0 || levels.length > MAX_COUNTS)
        errors.push(
          userError('INVALID_INPUT', ['levels'], `Give 1 to ${MAX_COUNTS} toner products.`),
        );
      levels.forEach((level, i) => errors.push(...problemsOf(level, i, skus, known)));
      if (errors.length) return { stockLocation: null, userErrors: errors };
      // Locked like a count, so an alert reads the old or the new levels, never half.
      for (const [i, level] of levels.entries()) {
        await manager.query(
          `INSERT INTO ${manager.getRepository(StockLevel).metadata.tablePath}
             (location_id, sku, quantity, minimum_level, target_level) VALUES ($1, $2, 0, $3, $4)
           ON CONFLICT (location_id, sku) DO UPDATE
             SET minimum_level = EXCLUDED.minimum_level, target_level = EXCLUDED.target_level`,
          [id, skus[i], level.minimumLevel, level.targetLevel],
        );
      }
      return { stockLocation: location, userErrors: [] };
    });
    if (result.stockLocation) this.locations.forgetLevels();
    return result;
  }
}

function problemsOf(
  level: StockLevelTargetInput,
  i: number,
  skus: string[],
  known: Set<string>,
): UserError[] {
  const at = (name: string) => ['levels', String(i), name];
  const sku = skus[i]!;
  if (!known.has(sku)) return [userError('UNKNOWN_TONER', at('sku'), `No toner product ${sku}.`)];
  if (skus.indexOf(sku) !== i)
    return [userError('INVALID_INPUT', at('sku'), `${sku} is given twice.`)];
  const problems = [
    checkQuantity(level.minimumLevel, at('minimumLevel'), 'minimum level'),
    checkQuantity(level.targetLevel, at('targetLevel'), 'target level'),
  ].filter((p): p is UserError => p !== null);
  if (!problems.length && level.targetLevel < level.minimumLevel)
    problems.push(
      userError(
        'INVALID_INPUT',
        at('targetLevel'),
        'The target level is at least the minimum level.',
      ),
    );
  return problems;
}

function notFound(): StockLocationPayload {
  return {
    stockLocation: null,
    userErrors: [userError('NOT_FOUND', ['stockLocationId'], 'No such stock location.')],
  };
}
