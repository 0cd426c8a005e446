import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { Counter, type Registry } from 'prom-client';
import { ok, type Result } from '@consignado/core';
import { ChaosFailure, type ChaosProblems, type ChaosStatus } from './chaos-failure';
import { CallLog, type CallCounts } from './domain/call-log';
import { type ChaosDecision, decide } from './domain/chaos-decision';
import type { ChaosSettingsError } from './domain/chaos-error';
import { ChaosScript, type ScriptEntry } from './domain/chaos-script';
import { ChaosSettings, type ChaosSettingsValues } from './domain/chaos-settings';
import { randomSeed, seededRandom } from './domain/prng';

/** How a mock is unstable: its operations, starting settings, and how it names its failures. */
export interface ChaosOptions {
  operations: readonly string[];
  settings: ChaosSettingsValues;
  /** Seed of the PRNG; random when absent (the run is then not reproducible). */
  seed?: number;
  /** How long a scripted "timeout" holds a call before answering 504. */
  timeoutHoldMs: number;
  /** Prometheus counter of calls by operation and decision ("dataprev_mock_calls_total"). */
  metric: { name: string; help: string };
  problems: ChaosProblems;
}

export interface ChaosView extends ChaosSettingsValues {
  seed: number;
  timeoutHoldMs: number;
  scripts: ScriptEntry[];
}

export type ChaosUpdate = Partial<ChaosSettingsValues> & { seed?: number };

/** A mock's current chaos: settings from its config, changeable at runtime, per process. */
@Injectable()
export class ChaosService implements BeforeApplicationShutdown {
  private settings: ChaosSettings;
  private seed: number;
  private random: () => number;
  private readonly script = new ChaosScript();
  private readonly calls: CallLog;
  private readonly shutdown = new AbortController();
  private readonly decisions: Counter<'operation' | 'decision'>;

  constructor(
    private readonly options: ChaosOptions,
    registry: Registry,
  ) {
    const settings = ChaosSettings.create(options.settings);
    if (!settings.ok) throw settings.error;
    this.settings = settings.value;
    this.seed = options.seed ?? randomSeed();
    this.random = seededRandom(this.seed);
    this.calls = new CallLog(options.operations);
    this.decisions = new Counter({ name: options.metric.name, help: options.metric.help, labelNames: ['operation', 'decision'], registers: [registry] });
  }

  view(): ChaosView {
    return { ...this.settings.values, outages: [...this.settings.values.outages], seed: this.seed, timeoutHoldMs: this.options.timeoutHoldMs, scripts: this.script.pending() };
  }

  /** Applies a partial change; a new seed restarts the PRNG so the run replays from there. */
  update(change: ChaosUpdate): Result<ChaosView, ChaosSettingsError> {
    const { seed, ...values } = change;
    const next = this.settings.with(values);
    if (!next.ok) return next;
    this.settings = next.value;
    if (seed !== undefined) {
      this.seed = seed;
      this.random = seededRandom(seed);
    }
    return ok(this.view());
  }

  addScript(entry: ScriptEntry): ScriptEntry[] {
    this.script.add(entry);
    return this.script.pending();
  }

  clearScripts(): void {
    this.script.clear();
  }

  /** Counts the call and decides its fate. */
  decide(operation: string, subject: string | undefined): ChaosDecision {
    this.calls.record(operation, subject);
    const decision = decide({ operation, subject, now: new Date() }, this.settings, this.script, this.random);
    this.decisions.inc({ operation, decision: decision.kind });
    return decision;
  }

  failure(status: ChaosStatus, reason: ChaosFailure['reason']): ChaosFailure {
    return new ChaosFailure(status, reason, this.options.problems[status]);
  }

  callsOf(subject: string): CallCounts {
    return this.calls.of(subject);
  }

  /** Aborted when the app stops, so held calls end and the server can close. */
  get shutdownSignal(): AbortSignal {
    return this.shutdown.signal;
  }

  get timeoutHoldMs(): number {
    return this.options.timeoutHoldMs;
  }

  beforeApplicationShutdown(): void {
    this.shutdown.abort();
  }
}
