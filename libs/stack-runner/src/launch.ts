import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { smppPortOf, smtpPortOf, STACK_SERVICES, type StackService, type StackServiceName } from './services';
import { assertPortsFree } from './ports';

export interface LaunchOptions {
  /** Repository root (where apps/ lives). */
  root: string;
  /** Where each service's JSON log goes (`<dir>/<service>.log`). */
  logDir: string;
  /** Added to every default port, so a test stack can run beside a developer's. */
  portOffset?: number;
  /** Isolates topics and consumer groups on the shared broker. */
  kafkaNamespace?: string;
  /** PostgreSQL schema in every service's database (default public). */
  databaseSchema?: string;
  databaseBaseUrl?: string;
  kafkaBrokers?: string;
  redisUrl?: string;
  /** The identity provider whose tokens the services accept (OIDC_ISSUER; their default is the local one, port 9400). */
  oidcIssuer?: string;
  /** Extra variables for one service (e.g. the mock's latency). */
  env?: Partial<Record<StackServiceName, Record<string, string>>>;
  /** Extra Node flags for one service (e.g. a benchmark's `--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs?: Partial<Record<StackServiceName, string[]>>;
  readyTimeoutMs?: number;
  /** Start only these (default: every service); a benchmark of one service needs no others. */
  services?: readonly StackServiceName[];
  onExit?: (service: StackServiceName, code: number | null) => void;
}

export interface ServiceInstance {
  url: string;
  pid: number;
  /** Sends `signal` (default SIGKILL) and waits until the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface RunningStack {
  urls: Record<StackServiceName, string>;
  /** Each started service's process id (for a benchmark's CPU split). */
  pids: Partial<Record<StackServiceName, number>>;
  /** Sends `signal` (default SIGKILL: a crash) to one service and waits until its process is gone. */
  kill(service: StackServiceName, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a killed service again, as before (plus `env`, for that process only), and waits until it is ready. */
  restart(service: StackServiceName, env?: Record<string, string>): Promise<void>;
  /** Resolves when the service's current process has exited, by itself or not: its signal, or `exit <code>`. */
  exited(service: StackServiceName): Promise<string>;
  /** Starts one more instance of a service (same database, group and Redis), ready; stopped with the stack. */
  addInstance(service: StackServiceName): Promise<ServiceInstance>;
  stop(): Promise<void>;
}

/**
 * Starts every service as its own Node process (the same entry point as production), waits until
 * each answers /health/ready, and returns their URLs. `stop` sends SIGTERM and waits.
 */
export async function launchStack(options: LaunchOptions): Promise<RunningStack> {
  mkdirSync(options.logDir, { recursive: true });
  const offset = options.portOffset ?? 0;
  const urls = Object.fromEntries(STACK_SERVICES.map((s) => [s.name, `http://127.0.0.1:${s.port + offset}`])) as Record<StackServiceName, string>;
  const children = new Map<StackServiceName, ChildProcess>();
  const stop = () => stopAll(children.values());
  const started = STACK_SERVICES.filter((s) => !options.services || options.services.includes(s.name));
  await assertPortsFree(
    started.flatMap((s) => [
      { name: s.name, port: s.port + offset },
      ...('smtpPort' in s ? [{ name: `${s.name} SMTP`, port: s.smtpPort + offset }, { name: `${s.name} SMPP`, port: s.smppPort + offset }] : []),
    ]),
  );
  try {
    for (const service of started) {
      children.set(service.name, spawnService(service, urls, options));
    }
    await Promise.all(
      started.map((s) =>
        waitReady(s.name, urls[s.name], children.get(s.name) as ChildProcess, options.readyTimeoutMs ?? 120_000, join(options.logDir, `${s.name}.log`)),
      ),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const pids: Partial<Record<StackServiceName, number>> = Object.fromEntries([...children.entries()].map(([name, child]) => [name, child.pid ?? 0]));
  const kill = async (name: StackServiceName, signal: NodeJS.Signals = 'SIGKILL') => {
    const child = children.get(name);
    if (child) await killChild(child, signal);
  };
  const restart = async (name: StackServiceName, env?: Record<string, string>) => {
    const service = started.find((s) => s.name === name);
    if (!service) throw new Error(`${name} is not part of this stack`);
    await kill(name, 'SIGTERM');
    const child = spawnService(service, urls, options, 1, env);
    children.set(name, child);
    pids[name] = child.pid ?? 0;
    await waitReady(name, urls[name], child, options.readyTimeoutMs ?? 120_000, join(options.logDir, `${name}.log`));
  };
  const extra: ChildProcess[] = [];
  const instances = new Map<StackServiceName, number>();
  const addInstance = async (name: StackServiceName): Promise<ServiceInstance> => {
    const service = started.find((s) => s.name === name);
    if (!service) throw new Error(`${name} is not part of this stack`);
    const instance = (instances.get(name) ?? 1) + 1;
    instances.set(name, instance);
    await assertPortsFree([{ name: `${name} #${instance}`, port: service.port + offset + 1000 * (instance - 1) }]);
    const child = spawnService(service, urls, options, instance);
    extra.push(child);
    const url = `http://127.0.0.1:${service.port + offset + 1000 * (instance - 1)}`;
    await waitReady(name, url, child, options.readyTimeoutMs ?? 120_000, join(options.logDir, `${name}.${instance}.log`));
    return { url, pid: child.pid ?? 0, kill: (signal: NodeJS.Signals = 'SIGKILL') => killChild(child, signal) };
  };
  const stopEverything = () => stopAll([...extra, ...children.values()]);
  const exited = (name: StackServiceName) => exitOf(children.get(name));
  return { urls, pids, kill, restart, exited, addInstance, stop: stopEverything };
}

function exitOf(child: ChildProcess | undefined): Promise<string> {
  const how = (code: number | null, signal: NodeJS.Signals | null) => signal ?? `exit ${code}`;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(how(child?.exitCode ?? null, child?.signalCode ?? null));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(how(code, signal))));
}

function killChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** One process of `service`; a second instance (`instance` ≥ 2) listens 1000 × (instance − 1) ports higher and logs apart. */
function spawnService(service: StackService & { name: StackServiceName }, urls: Record<StackServiceName, string>, options: LaunchOptions, instance = 1, extraEnv: Record<string, string> = {}): ChildProcess {
  const base = options.databaseBaseUrl ?? 'postgres://postgres@127.0.0.1:5432';
  const offset = options.portOffset ?? 0;
  const env: Record<string, string> = {
    ...inheritedEnv(),
    SWC_NODE_PROJECT: join(options.root, 'tsconfig.base.json'),
    PORT: String(service.port + offset + 1000 * (instance - 1)),
    ...(service.database ? { DATABASE_URL: `${base}/${service.database}` } : {}),
    DATABASE_SCHEMA: options.databaseSchema ?? 'public',
    KAFKA_BROKERS: options.kafkaBrokers ?? '127.0.0.1:9092',
    KAFKA_NAMESPACE: options.kafkaNamespace ?? '',
    // A stack in its own namespace (the e2e run) counts its callers apart from the developer's.
    RATE_LIMIT_KEY_PREFIX: options.kafkaNamespace || 'consignado',
    REDIS_URL: options.redisUrl ?? 'redis://127.0.0.1:6379',
    DATAPREV_URL: urls['dataprev-mock'],
    CTC_URL: urls['ctc-mock'],
    INSURER_URL: urls['insurer-mock'],
    RAIL_URL: urls['rail-mock'],
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPortOf(offset)),
    // The mail sink is also the SMSC and the push service: it listens there, notification sends there.
    SMPP_PORT: String(smppPortOf(offset)),
    SMPP_URL: `smpp://127.0.0.1:${smppPortOf(offset)}`,
    PUSH_ALLOWED_ORIGINS: urls['mail-sink'],
    ...(options.oidcIssuer ? { OIDC_ISSUER: options.oidcIssuer } : {}),
    // proposal gathers a customer's export from the other services (R-SEC-3).
    ...(service.name === 'proposal' ? { PERSONAL_DATA_SOURCES: personalDataSources(urls) } : {}),
    ...options.env?.[service.name],
    ...extraEnv,
  };
  const log = createWriteStream(join(options.logDir, `${service.name}${instance > 1 ? `.${instance}` : ''}.log`), { flags: 'a' });
  const args = [...(options.nodeArgs?.[service.name] ?? []), '-r', '@swc-node/register', join('apps', service.name, 'src', 'main.ts')];
  const child = spawn(process.execPath, args, { cwd: options.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Two writers on one file: neither may end it while the other still writes (a crash's last words).
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.on('close', () => log.end());
  child.on('exit', (code) => options.onExit?.(service.name, code));
  return child;
}

function personalDataSources(urls: Record<StackServiceName, string>): string {
  const services: StackServiceName[] = ['credit-analysis', 'loan', 'averbation-connector', 'payment', 'notification'];
  return services.map((name) => `${name}=${urls[name]}`).join(',');
}

/** PATH and friends and OTEL_*, without variables that would override a service's own configuration. */
function inheritedEnv(): Record<string, string> {
  // eslint-disable-next-line no-restricted-syntax -- the launcher passes the shell's PATH/HOME to child processes
  const source = process.env;
  const keep = ['PATH', 'HOME', 'LANG', 'TZ', 'NODE_OPTIONS', 'TMPDIR'];
  // The OpenTelemetry variables (OTEL_EXPORTER_OTLP_ENDPOINT…) reach every service: one collector for the stack.
  const otel = Object.keys(source).filter((k) => k.startsWith('OTEL_'));
  return Object.fromEntries([...keep, ...otel].filter((k) => source[k] !== undefined).map((k) => [k, source[k] as string]));
}

async function waitReady(name: string, url: string, child: ChildProcess, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready; last lines of ${logFile}:\n${tail(logFile, 15)}`);
    try {
      const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs} ms; last lines of ${logFile}:\n${tail(logFile, 15)}`);
}

/** The last lines of a service's log, for an error a CI transcript can be read from alone. */
function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

async function stopAll(children: Iterable<ChildProcess>): Promise<void> {
  const running = [...children].filter((c) => c.exitCode === null && c.signalCode === null);
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
