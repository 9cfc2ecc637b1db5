import { type ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';
import * as z from 'zod';
import type { RebuildStep } from '#shared/domain/rebuild.ts';
import { type RebuildTally, runLocalRebuild } from '../infra/local/rebuild-runner.ts';
import { type CpuReading, cpuMeter } from './cpu.ts';
import { progress } from './stats.ts';

/**
 * The full rebuild through its fan-out (infra/local/rebuild-runner.ts, the state machine's own definition)
 * at a given worker count. Each partition worker is a child process (bench/rebuild-worker.ts), so its peak
 * resident memory (getrusage's maxRSS) is measured on its own; the planner, the outcome and the last step
 * (pages spanning partitions, the search index) run in one more process, the coordinator, whose memory is
 * reported apart: the search index's rebuild reads every public item and is not bounded by a partition.
 */
export type RebuildBenchResult = {
  workers: number;
  upload: boolean;
  partitions: number;
  files: number;
  seconds: number;
  renderSeconds: number;
  cpu: CpuReading;
  /** CPU the workers spent rendering their partitions (reads through the SDK + render + staging). */
  renderCpuSeconds: number;
  coordinatorCpuSeconds: number;
  /** Peak resident memory of each partition worker, MB, and of the process when it was ready (modules loaded). */
  workerPeakRssMb: number[];
  workerStartRssMb: number;
  coordinatorPeakRssMb: number;
  filesPerCpuSecond: number;
};

const replySchema = z.union([
  z.object({ ready: z.literal(true), peakRssMb: z.number() }),
  z.object({
    id: z.number(),
    result: z.unknown().optional(),
    error: z.string().optional(),
    cpuSeconds: z.number(),
    peakRssMb: z.number(),
  }),
]);

type Worker = { child: ChildProcess; peakRssMb: number; startRssMb: number; cpuSeconds: number };

async function startWorker(upload: boolean): Promise<Worker> {
  const child = fork(resolve(import.meta.dirname, 'rebuild-worker.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_REBUILD_UPLOAD: String(upload) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const startRssMb = await new Promise<number>((done, fail) => {
    child.once('error', fail);
    child.once('message', (raw) => {
      const reply = replySchema.parse(raw);
      if ('ready' in reply) done(reply.peakRssMb);
    });
  });
  return { child, peakRssMb: startRssMb, startRssMb, cpuSeconds: 0 };
}

let nextId = 0;
function ask(worker: Worker, task: RebuildStep): Promise<unknown> {
  const id = nextId++;
  return new Promise((done, fail) => {
    const onMessage = (raw: unknown) => {
      const reply = replySchema.parse(raw);
      if ('ready' in reply || reply.id !== id) return;
      worker.child.off('message', onMessage);
      worker.peakRssMb = Math.max(worker.peakRssMb, reply.peakRssMb);
      worker.cpuSeconds += reply.cpuSeconds;
      if (reply.error !== undefined) fail(new Error(reply.error));
      else done(reply.result);
    };
    worker.child.on('message', onMessage);
    worker.child.send({ id, task });
  });
}

export async function measureRebuild(options: {
  workers: number;
  upload: boolean;
}): Promise<RebuildBenchResult> {
  const workers = await Promise.all(
    Array.from({ length: options.workers }, () => startWorker(options.upload)),
  );
  const coordinator = await startWorker(options.upload);
  const idle = [...workers];
  const waiting: ((worker: Worker) => void)[] = [];
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const acquire = () =>
    new Promise<Worker>((done) => {
      const worker = idle.shift();
      if (worker) done(worker);
      else waiting.push(done);
    });
  const runTask = async (task: RebuildStep) => {
    if (task.step !== 'render' && task.step !== 'promote') return ask(coordinator, task);
    const worker = await acquire();
    try {
      return await ask(worker, task);
    } finally {
      release(worker);
    }
  };
  let last: RebuildTally | undefined;
  /** Wall seconds from the start until every partition rendered (the fan-out itself, before the last step). */
  let renderedAfter: number | undefined;
  let shown = -1;
  const meter = cpuMeter();
  const started = performance.now();
  try {
    const outcome = await runLocalRebuild({
      workers: options.workers,
      runTask,
      onProgress: (tally) => {
        if (tally.phase === 'promoting' && renderedAfter === undefined)
          renderedAfter = (performance.now() - started) / 1000;
        last = tally;
        const tenth = tally.total ? Math.floor((tally.rendered / tally.total) * 10) : 0;
        if (tenth !== shown) {
          shown = tenth;
          progress(`    rebuild: ${tally.phase} ${tally.rendered}/${tally.total}`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    // Read while the workers are alive: cpuMeter counts the CPU of child processes still running.
    const cpu = meter();
    if (outcome.status !== 'succeeded') throw new Error(`rebuild failed: ${JSON.stringify(outcome.failed)}`);
    const totalCpu = cpu.nodeCpuSeconds + (cpu.childCpuSeconds ?? 0);
    return {
      workers: options.workers,
      upload: options.upload,
      partitions: last?.total ?? 0,
      files: outcome.summary.files,
      seconds,
      renderSeconds: renderedAfter ?? seconds,
      cpu,
      renderCpuSeconds: workers.reduce((sum, worker) => sum + worker.cpuSeconds, 0),
      coordinatorCpuSeconds: coordinator.cpuSeconds,
      workerPeakRssMb: workers.map((worker) => worker.peakRssMb),
      workerStartRssMb: Math.max(...workers.map((worker) => worker.startRssMb)),
      coordinatorPeakRssMb: coordinator.peakRssMb,
      filesPerCpuSecond: outcome.summary.files / totalCpu,
    };
  } catch (error) {
    progress(
      `    rebuild failed after ${((performance.now() - started) / 1000).toFixed(1)} s; peak RSS per worker ${workers.map((worker) => Math.round(worker.peakRssMb)).join(', ')} MB, coordinator ${Math.round(coordinator.peakRssMb)} MB`,
    );
    throw error;
  } finally {
    for (const worker of [...workers, coordinator]) worker.child.kill();
  }
}

/** One line for the console. */
export function describeRebuild(result: RebuildBenchResult): string {
  const totalCpu = result.cpu.nodeCpuSeconds + (result.cpu.childCpuSeconds ?? 0);
  return (
    `  rebuild fan-out (${result.workers} workers, ${result.upload ? 'to s3rver' : 'without upload'}): ` +
    `${result.files} files, ${result.partitions} partitions in ${result.seconds.toFixed(1)} s wall (partitions rendered after ${result.renderSeconds.toFixed(1)} s), ` +
    `${totalCpu.toFixed(1)} CPU-s (workers ${result.renderCpuSeconds.toFixed(1)}, coordinator ${result.coordinatorCpuSeconds.toFixed(1)}, ` +
    `runner ${result.cpu.nodeCpuSeconds.toFixed(1)}, other children incl. DynamoDB Local ` +
    `${((result.cpu.childCpuSeconds ?? 0) - result.renderCpuSeconds - result.coordinatorCpuSeconds).toFixed(1)}); ` +
    `${Math.round(result.filesPerCpuSecond)} files/CPU-s; peak RSS per worker ` +
    `${Math.round(Math.max(...result.workerPeakRssMb))} MB (ready at ${Math.round(result.workerStartRssMb)} MB), ` +
    `coordinator ${Math.round(result.coordinatorPeakRssMb)} MB`
  );
}
