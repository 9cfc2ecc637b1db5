import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './clients.ts';
import type { TransactionWrite } from './transactions.ts';

/**
 * Loads a corpus into an empty table: the items of the given Put writes (as the entity modules build them),
 * 25 to a BatchWriteItem, without their conditions. For the benchmark's synthetic site, where going through
 * a transaction per change would take minutes; never for a table in use (nothing is checked).
 */
type Item = Record<string, unknown>;

function itemsOf(writes: TransactionWrite[]): Item[] {
  return writes.map((write) => {
    const item = write.request.Put?.Item;
    if (!item) throw new Error('bulkLoad takes only Put writes');
    return item;
  });
}

async function writeBatch(batch: Item[]): Promise<void> {
  let requests = batch.map((item) => ({ PutRequest: { Item: item } }));
  for (let attempt = 0; requests.length > 0; attempt += 1) {
    if (attempt > 8) throw new Error(`BatchWrite left ${requests.length} items unprocessed after 8 retries`);
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    const result = await dynamo().send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
    requests = (result.UnprocessedItems?.[tableName()] ?? []).flatMap((request) =>
      request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
    );
  }
}

export async function bulkLoad(
  writes: TransactionWrite[],
  options: { parallel?: number; onBatch?: (done: number, total: number) => void } = {},
): Promise<{ items: number; batches: number }> {
  const items = itemsOf(writes);
  const batches: Item[][] = [];
  for (let index = 0; index < items.length; index += 25) batches.push(items.slice(index, index + 25));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      if (!batch) return;
      await writeBatch(batch);
      done += 1;
      options.onBatch?.(done, batches.length);
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 4 }, worker));
  return { items: items.length, batches: batches.length };
}
