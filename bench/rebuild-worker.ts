import './env.ts';
import * as z from 'zod';
import { runRebuildStep } from '#functions/publisher/rebuild-steps.ts';
import { rebuildStepSchema } from '#shared/domain/rebuild.ts';
import { answerPutsInProcess } from './prerender.ts';

/**
 * One rebuild worker of the bench (bench/rebuild.ts), in a process of its own so that its memory is its
 * own: it answers the rebuild's steps the parent sends, as the publisher Lambda does, and reports with
 * each the CPU it spent and its peak resident memory so far. BENCH_REBUILD_UPLOAD=false answers every
 * PutObject in-process (read + render only), as bench/prerender.ts's build without upload does.
 */
const messageSchema = z.object({ id: z.number().int(), task: rebuildStepSchema });

if (process.env.BENCH_REBUILD_UPLOAD === 'false') answerPutsInProcess();

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

process.on('message', (raw) => {
  const { id, task } = messageSchema.parse(raw);
  const cpu = process.cpuUsage();
  runRebuildStep(task).then(
    (result) => {
      const used = process.cpuUsage(cpu);
      process.send?.({ id, result, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: peakRssMb() });
    },
    (error: unknown) => {
      const used = process.cpuUsage(cpu);
      process.send?.({
        id,
        error: error instanceof Error ? error.message : String(error),
        cpuSeconds: (used.user + used.system) / 1e6,
        peakRssMb: peakRssMb(),
      });
    },
  );
});
process.send?.({ ready: true, peakRssMb: peakRssMb() });
