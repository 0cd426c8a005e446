import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) per process group, from /proc: the services by pid, the servers by name. */
export type CpuSample = Map<string, number>;

const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name (state first), empty when the process is gone. */
function statOf(pid: number): string[] {
  const stat = read(`/proc/${pid}/stat`);
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : [];
}

/** Which group a process belongs to: a service of ours by pid, else Kafka, PostgreSQL, Redis, the identity provider, this bench. */
function groupOf(pid: number, parent: number, names: ReadonlyMap<number, string>): string | undefined {
  const named = names.get(pid) ?? names.get(parent); // a service's HTTP_WORKERS count as the service
  if (named) return named;
  if (pid === process.pid) return 'bench driver';
  const cmdline = read(`/proc/${pid}/cmdline`).replace(/\0/g, ' ');
  if (/kafka\.Kafka/.test(cmdline)) return 'kafka';
  if (/^postgres|\/postgres /.test(cmdline)) return 'postgresql';
  if (/redis-server/.test(cmdline)) return 'redis';
  if (/apps\/identity/.test(cmdline)) return 'identity';
  return undefined;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * utime + stime of one process (its stat fields), in seconds. With `reaped`, also its waited-for
 * children's (cutime + cstime): PostgreSQL's postmaster thereby counts the backends of pooled
 * connections that closed during the window, which a per-process sample would lose.
 */
function cpuSeconds(fields: readonly string[], reaped: boolean): number {
  const own = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  const children = reaped ? Number(fields[13] ?? 0) + Number(fields[14] ?? 0) : 0;
  return (own + children) / TICKS_PER_SECOND;
}

/** The CPU seconds each group has used so far; `names` maps our services' pids to their names. */
export function sampleCpu(names: ReadonlyMap<number, string>): CpuSample {
  const sample: CpuSample = new Map();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const fields = statOf(pid); // read once: the parent and the CPU times
    const group = fields.length ? groupOf(pid, Number(fields[1]), names) : undefined;
    if (group) sample.set(group, (sample.get(group) ?? 0) + cpuSeconds(fields, group === 'postgresql'));
  }
  return sample;
}

/** CPU seconds each group used between two samples, busiest first, and their total. */
function usage(before: CpuSample, after: CpuSample): { used: Array<readonly [string, number]>; total: number } {
  const used = [...after.entries()].map(([group, s]) => [group, Math.max(0, s - (before.get(group) ?? 0))] as const).sort((a, b) => b[1] - a[1]);
  return { used, total: used.reduce((sum, [, s]) => sum + s, 0) };
}

/** "kafka 31% · proposal 22% · …": each group's share of one core over the window, busiest first. */
export function cpuSplit(before: CpuSample, after: CpuSample, seconds: number): string {
  const { used, total } = usage(before, after);
  const parts = used.map(([group, s]) => `${group} ${Math.round((100 * s) / seconds)}%`);
  return `${parts.join(' · ')}  (total ${Math.round((100 * total) / seconds)}% of one core; the machine has 2)`;
}

/** "188 ms (proposal 29 · loan 24 · …)": CPU milliseconds per proposal, in all and per group. */
export function cpuPerProposal(before: CpuSample, after: CpuSample, proposals: number): string {
  const { used, total } = usage(before, after);
  const per = (s: number) => Math.round((1000 * s) / Math.max(1, proposals));
  return `${per(total)} ms (${used.filter(([, s]) => s > 0).map(([group, s]) => `${group} ${per(s)}`).join(' · ')})`;
}
