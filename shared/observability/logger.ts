import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured JSON logger for every function (AWS Lambda Powertools). The service name comes from
 * POWERTOOLS_SERVICE_NAME, set per function by CDK; locally it is "qtp-local".
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'qtp-local',
  logLevel: process.env.POWERTOOLS_LOG_LEVEL === undefined && process.env.VITEST ? 'ERROR' : undefined,
});
