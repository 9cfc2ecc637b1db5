import { type PendingStep, pendingStepItem } from '#shared/data/gazette.ts';
import { putDerived, runTransaction } from '#shared/data/transactions.ts';
import { AppError } from '#shared/domain/errors.ts';
import { logger } from '#shared/observability/logger.ts';
import { completeStep } from './workflow-port.ts';

/**
 * Resumes the execution waiting on a pending step, after the decision's transaction took the step.
 * If the resume itself fails (Step Functions unreachable, throttled), the step is put back, so that nothing
 * is left decided-but-stuck: the person (or the scheduler's retry) tries again.
 */
export async function resumeWorkflow(
  subjectPk: string,
  pending: PendingStep,
  output: Record<string, unknown>,
): Promise<void> {
  try {
    await completeStep(pending.token, output);
  } catch (error) {
    logger.error('Could not resume the workflow; the pending step is restored', { subjectPk, error });
    await runTransaction([putDerived(pendingStepItem(subjectPk, pending))]);
    throw new AppError(
      503,
      'workflow-unavailable',
      'Quy trình chưa tiếp nhận được quyết định; vui lòng tải lại và thử lại',
      'The workflow could not take the decision just now; reload and try again',
    );
  }
}
