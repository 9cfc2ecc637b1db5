import aslValidator from 'asl-validator';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { rebuildStepSchema } from '#shared/domain/rebuild.ts';
import { rebuildDefinition, rebuildDefinitionWithFunction } from '#shared/publication/rebuild-workflow.ts';

const functionArn = 'arn:aws:lambda:ap-southeast-1:123456789012:function:qtp-publisher';
const deployed = () => JSON.parse(rebuildDefinitionWithFunction(functionArn));

const taskShape = z.object({
  Type: z.literal('Task'),
  Resource: z.string(),
  Parameters: z.object({
    FunctionName: z.string(),
    Payload: z.object({ type: z.literal('rebuild-step'), task: z.looseObject({ step: z.string() }) }),
  }),
});
const mapShape = z.object({
  Type: z.literal('Map'),
  MaxConcurrencyPath: z.string(),
  ItemProcessor: z.object({
    ProcessorConfig: z.object({ Mode: z.literal('INLINE') }),
    States: z.record(z.string(), z.unknown()),
  }),
});

/** Every state, the Maps' inner states included. */
function allStates(states: Record<string, unknown>): [string, unknown][] {
  return Object.entries(states).flatMap(([name, state]) => {
    const map = mapShape.safeParse(state);
    return [
      [name, state] as [string, unknown],
      ...(map.success ? allStates(map.data.ItemProcessor.States) : []),
    ];
  });
}

describe('the rebuild state machine definition', () => {
  it('passes asl-validator', () => {
    const { isValid, errorsText } = aslValidator(deployed());
    expect(isValid, errorsText()).toBe(true);
  });

  it('invokes only the publisher, each Task with a step the publisher knows', () => {
    const tasks = allStates(deployed().States).flatMap(([, state]) => {
      const task = taskShape.safeParse(state);
      return task.success ? [task.data] : [];
    });
    expect(tasks.map((task) => task.Parameters.Payload.task.step).toSorted()).toEqual(
      rebuildStepSchema.options.map((option) => option.shape.step.value).toSorted(),
    );
    for (const task of tasks) {
      expect(task.Resource).toBe('arn:aws:states:::lambda:invoke');
      expect(task.Parameters.FunctionName).toBe(functionArn);
    }
    expect(JSON.stringify(deployed())).not.toContain('${');
  });

  it('fans out with inline Maps bounded by the plan, retrying and catching each partition', () => {
    const render = mapShape.parse(rebuildDefinition.States.RenderPartitions);
    expect(render.MaxConcurrencyPath).toBe('$.plan.value.workers');
    expect(render.ItemProcessor.States.RenderPartition).toMatchObject({
      Retry: expect.arrayContaining([
        expect.objectContaining({ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }),
      ]),
      Catch: [expect.objectContaining({ Next: 'PartitionFailed' })],
    });
    // A failure of promotion, as of rendering, ends in RebuildFailed after the staged files are removed.
    expect(rebuildDefinition.States.PromotePartitions.Catch).toEqual([
      expect.objectContaining({ Next: 'Abandon' }),
    ]);
    expect(rebuildDefinition.States.Abandon.Next).toBe('RebuildFailed');
  });
});
