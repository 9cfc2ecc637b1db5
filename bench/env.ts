/**
 * Imported first by bench/run.ts, before any module that reads the environment when it loads: the
 * handlers' structured logger would otherwise print one JSON line per publication in the middle of the
 * progress output, and the AWS SDK its Node-version notice.
 */
import '../infra/local/quiet-warnings.ts';

process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
