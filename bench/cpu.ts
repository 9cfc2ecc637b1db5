import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/**
 * CPU time next to wall-clock time. The bench shares its machine (2 cores) with whatever else runs there;
 * CPU seconds say how much work a phase did, wall seconds how long it took. Node's own CPU (the build,
 * and the S3 emulator and gateway, which run in the same process) comes from process.cpuUsage(); the
 * DynamoDB Local JVM is a child process, read from /proc on Linux (undefined elsewhere).
 */

const CLOCK_TICKS = 100; // USER_HZ on Linux

function childCpuSeconds(): number | undefined {
  try {
    const parents = new Map<number, number>();
    const ticks = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // Fields after the command name (which may contain spaces) start after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parents.set(Number(name), Number(fields[1]));
        ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
      } catch {
        // the process ended meanwhile
      }
    }
    let total = 0;
    for (const [pid, used] of ticks) {
      for (let parent = parents.get(pid); parent !== undefined && parent > 1; parent = parents.get(parent)) {
        if (parent === process.pid) {
          total += used;
          break;
        }
      }
    }
    return total / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** CPU seconds the whole machine spent busy (all cores, all processes), from /proc/stat. */
function machineBusySeconds(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

export type CpuReading = {
  wallSeconds: number;
  /** This process: the bench, the build, and (in-process) the S3 emulator and the gateway. */
  nodeCpuSeconds: number;
  /** Child processes alive at the end of the phase: the DynamoDB Local JVM. */
  childCpuSeconds?: number;
  /** Every process on the machine; minus ours, it is what else ran meanwhile. */
  machineBusySeconds?: number;
  loadAverage1m: number;
};

/** Starts a reading; call the result to end it. */
export function cpuMeter(): () => CpuReading {
  const wall = performance.now();
  const node = process.cpuUsage();
  const child = childCpuSeconds();
  const machine = machineBusySeconds();
  const load = loadavg()[0] ?? 0;
  return () => {
    const used = process.cpuUsage(node);
    const childNow = childCpuSeconds();
    const machineNow = machineBusySeconds();
    return {
      wallSeconds: (performance.now() - wall) / 1000,
      nodeCpuSeconds: (used.user + used.system) / 1e6,
      ...(child !== undefined && childNow !== undefined ? { childCpuSeconds: childNow - child } : {}),
      ...(machine !== undefined && machineNow !== undefined
        ? { machineBusySeconds: machineNow - machine }
        : {}),
      loadAverage1m: load,
    };
  };
}
