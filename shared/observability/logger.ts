import { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod';
import { readLoggingEnv } from '#shared/config/env.ts';

/**
 * One structured JSON logger for every function (AWS Lambda Powertools). The service name comes from
 * POWERTOOLS_SERVICE_NAME, set per function by CDK; locally it is "qtp-local".
 */
const env = readLoggingEnv();
const onLambda = env.AWS_LAMBDA_FUNCTION_NAME !== undefined;
// On one machine only warnings and errors print (a terminal is not CloudWatch); POWERTOOLS_LOG_LEVEL overrides.
const defaultLevel = onLambda ? 'INFO' : env.VITEST ? 'ERROR' : 'WARN';
const logLevel = z
  .enum(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'])
  .catch(defaultLevel)
  .parse(env.POWERTOOLS_LOG_LEVEL?.toUpperCase() ?? defaultLevel);

export const logger = new Logger({ serviceName: env.POWERTOOLS_SERVICE_NAME, logLevel });
