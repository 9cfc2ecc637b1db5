import * as z from 'zod';
import {
  type ActivityCounter,
  type ActivityDimensions,
  type ActivityMetric,
  activityCounterSchema,
  activityDimensionsSchema,
} from '#shared/domain/activity.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import { keys } from './keys.ts';
import { queryAll } from './reads.ts';
import { incrementCounters, type TransactionWrite } from './transactions.ts';

/**
 * The reports' pre-aggregated counters (issue 15). A verb adds `countActivity(...)` to the transaction of
 * the change it counts; a transaction must not count the same metric with the same dimensions twice
 * (DynamoDB refuses two writes to one item): add the increments up first.
 */
export function countActivity(
  at: string,
  metric: ActivityMetric,
  dimensions: ActivityDimensions = {},
  increments: Record<string, number> = { count: 1 },
): TransactionWrite {
  const checked = activityDimensionsSchema.parse(dimensions);
  const month = monthInVietnam(at);
  const sums = Object.fromEntries(Object.entries(increments).map(([name, value]) => [`n_${name}`, value]));
  return incrementCounters(keys.activityCounter(month, metric, checked), sums, {
    itemType: 'ActivityCounter',
    month,
    metric,
    dimensions: checked,
  });
}

/** Every counter of one Vietnam month (`YYYY-MM`): one query, whatever happened that month. */
export async function listActivityOfMonth(month: string): Promise<ActivityCounter[]> {
  const items = await queryAll(
    { partition: { name: 'pk', value: keys.activityMonth(month).pk } },
    z.record(z.string(), z.unknown()),
  );
  return items.map((item) =>
    activityCounterSchema.parse({
      month: item.month,
      metric: item.metric,
      dimensions: item.dimensions,
      counts: Object.fromEntries(
        Object.entries(item)
          .filter(([name]) => name.startsWith('n_'))
          .map(([name, value]) => [name.slice(2), Number(value)]),
      ),
    }),
  );
}
