import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { ApiGatewayRequestContextV2, LambdaEvent } from 'hono/aws-lambda';

/** The context Lambda passes a handler, for calling the same handlers in-process. */
export function localLambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:ap-southeast-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * The part of API Gateway's event an app reads besides the request itself (HTTP API, payload 2.0): the
 * viewer's address. The local gateway hands it to the apps as `env.event`, as the Lambda adapter does.
 */
export function localApiGatewayEvent(
  request: Request,
  sourceIp: string,
): Extract<LambdaEvent, { requestContext: ApiGatewayRequestContextV2 }> {
  const url = new URL(request.url);
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: '$default',
    headers: Object.fromEntries(request.headers),
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    body: null,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authentication: null,
      authorizer: {},
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method: request.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp,
        userAgent: request.headers.get('user-agent') ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: new Date(now).toISOString(),
      timeEpoch: now,
    },
  };
}
