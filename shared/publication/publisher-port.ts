import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { readEnv } from '#shared/config/env.ts';
import type { PublisherEvent } from '#shared/domain/publication.ts';

/**
 * How the content API asks the publisher to re-render pages. On AWS: an asynchronous invocation of the
 * publisher function (Lambda retries it twice and keeps failures in its on-failure destination).
 * On one machine: the same handler, registered in-process by the local stack, awaited so the page is
 * live when the request returns.
 */
type LocalPublisher = (event: PublisherEvent) => Promise<void>;
let localPublisher: LocalPublisher | undefined;
let lambda: LambdaClient | undefined;

export function registerLocalPublisher(publisher: LocalPublisher | undefined): void {
  localPublisher = publisher;
}

export async function requestPublication(event: PublisherEvent): Promise<void> {
  const functionName = readEnv().PUBLISHER_FUNCTION_NAME;
  if (functionName) {
    lambda ??= new LambdaClient({});
    await lambda.send(
      new InvokeCommand({
        FunctionName: functionName,
        InvocationType: 'Event',
        Payload: JSON.stringify(event),
      }),
    );
    return;
  }
  if (!localPublisher)
    throw new Error('No publisher: set PUBLISHER_FUNCTION_NAME or register the local publisher');
  await localPublisher(event);
}
