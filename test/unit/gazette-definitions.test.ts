import aslValidator from 'asl-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  definitionWithFunction,
  type GazetteMachine,
  gazetteStateMachines,
} from '#shared/gazette/workflow-definitions.ts';

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
});
