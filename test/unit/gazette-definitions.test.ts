import aslValidator from 'asl-validator';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { gazetteStepSchema, humanStepSchema } from '#shared/domain/gazette.ts';
import {
  definitionWithFunction,
  type GazetteMachine,
  gazetteStateMachines,
} from '#shared/gazette/workflow/definitions.ts';

const machines = Object.keys(gazetteStateMachines) as GazetteMachine[];

describe('gazette state machine definitions', () => {
  it.each(machines)('%s passes asl-validator', (machine) => {
    const definition = JSON.parse(
      definitionWithFunction(
        machine,
        'arn:aws:lambda:ap-southeast-1:123456789012:function:qtp-gazette-tasks',
      ),
    );
    const { isValid, errorsText } = aslValidator(definition);
    expect(isValid, errorsText()).toBe(true);
  });

  it.each(machines)('%s sends every failure of an automated step to RecordFailure', (machine) => {
    const stateShape = z.object({
      Type: z.string(),
      Catch: z.array(z.object({ Next: z.string() })).optional(),
    });
    for (const [name, raw] of Object.entries(gazetteStateMachines[machine].States)) {
      const state = stateShape.parse(raw);
      if (state.Type !== 'Task' || name === 'RecordFailure') continue;
      expect(state.Catch?.[0]?.Next, name).toBe('RecordFailure');
    }
  });

  it('names only steps of the step enum, and every step of the enum is reached', () => {
    const payloadShape = z.object({
      Parameters: z.object({ Payload: z.object({ step: z.string(), humanStep: z.string().optional() }) }),
    });
    const steps = new Set<string>();
    const humanSteps = new Set<string>();
    for (const machine of machines) {
      for (const raw of Object.values(gazetteStateMachines[machine].States)) {
        const task = payloadShape.safeParse(raw);
        if (!task.success) continue;
        steps.add(gazetteStepSchema.parse(task.data.Parameters.Payload.step));
        if (task.data.Parameters.Payload.humanStep)
          humanSteps.add(humanStepSchema.parse(task.data.Parameters.Payload.humanStep));
      }
    }
    // release-issue is the scheduler's event and certificate-request an operator's, not Task states.
    expect([...steps, 'release-issue', 'certificate-request'].sort()).toEqual(
      [...gazetteStepSchema.options].sort(),
    );
    expect([...humanSteps].sort()).toEqual([...humanStepSchema.options].sort());
  });
});
