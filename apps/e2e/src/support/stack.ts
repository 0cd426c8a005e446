import { STACK_SERVICES, type StackServiceName } from '@consignado/stack-runner';
import type { OtlpSink } from './otlp-sink';

/** What global setup hands the tests: where each service listens, and the run's isolation names. */
export interface E2eStack {
  urls: Record<StackServiceName, string>;
  namespace: string;
  schema: string;
  redisPrefix: string;
  /** Every span the services exported (their OTLP endpoint is this sink). */
  traces: OtlpSink;
}

let current: E2eStack | undefined;

export function setE2eStack(stack: E2eStack | undefined): void {
  current = stack;
}

/** The running stack; the suites call it inside their tests, after the launch in beforeAll. */
export function e2eStack(): E2eStack {
  if (!current) throw new Error('the e2e stack is not running');
  return current;
}

export const SERVICE_DATABASES = STACK_SERVICES.flatMap((s) => ('database' in s ? [s.database] : []));
