import { handler as publisherHandler } from '#functions/publisher/handler.ts';
import { registerLocalPublisher } from '#shared/publication/publisher-port.ts';
import { localLambdaContext } from '../../infra/local/lambda-context.ts';

export { pendingSchedule } from '#shared/data/schedules.ts';

/**
 * For tests that call the services without the HTTP stack: the publisher they ask for pages is the real
 * handler, in-process, writing into the test run's site bucket (as the local stack registers it).
 */
export function registerLocalPublisherForTests(): void {
  registerLocalPublisher(async (event) => {
    await publisherHandler(event, localLambdaContext('qtp-publisher'));
  });
}
