import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { Counter, type Registry } from 'prom-client';
import { ok, type Result } from '@consignado/core';
import { METRICS_REGISTRY } from '@consignado/service-kit';
import { DataprevMockConfig } from '../../config';
import { CallLog, type CallCounts } from './domain/call-log';
import { type ChaosDecision, decide } from './domain/chaos-decision';
import type { ChaosSettingsError } from './domain/chaos-error';
import { ChaosScript, type ScriptEntry } from './domain/chaos-script';
import { ChaosSettings, type ChaosSettingsValues } from './domain/chaos-settings';
import type { DataprevOperation } from './domain/dataprev-operation';
import { randomSeed, seededRandom } from './domain/prng';

export interface ChaosView extends ChaosSettingsValues {
  seed: number;
  timeoutHoldMs: number;
  scripts: ScriptEntry[];
}

export type ChaosUpdate = Partial<ChaosSettingsValues> & { seed?: number };

/** The mock's current chaos (R-AV-1): settings from the config, changeable at runtime, per process. */
@Injectable()
export class ChaosService implements BeforeApplicationShutdown {
  private settings: ChaosSettings;
  private seed: number;
  private random: () => number;
  private readonly script = new ChaosScript();
  private readonly calls = new CallLog();
  private readonly shutdown = new AbortController();
  private readonly decisions: Counter<'operation' | 'decision'>;

  constructor(
    private readonly config: DataprevMockConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    const settings = ChaosSettings.create(config.chaosSettings());
    if (!settings.ok) throw settings.error;
    this.settings = settings.value;
    this.seed = config.DATAPREV_CHAOS_SEED ?? randomSeed();
    this.random = seededRandom(this.seed);
    this.decisions = new Counter({ name: 'dataprev_mock_calls_total', help: 'Dataprev calls by operation and chaos decision', labelNames: ['operation', 'decision'], registers: [registry] });
  }

  view(): ChaosView {
    return { ...this.settings.values, outages: [...this.settings.values.outages], seed: this.seed, timeoutHoldMs: this.config.DATAPREV_TIMEOUT_HOLD_MS, scripts: this.script.pending() };
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
  decide(operation: DataprevOperation, benefitNumber: string | undefined): ChaosDecision {
    this.calls.record(operation, benefitNumber);
    const decision = decide({ operation, benefitNumber, now: new Date() }, this.settings, this.script, this.random);
    this.decisions.inc({ operation, decision: decision.kind });
    return decision;
  }

  callsOf(benefitNumber: string): CallCounts {
    return this.calls.of(benefitNumber);
  }

  /** Aborted when the app stops, so held calls end and the server can close. */
  get shutdownSignal(): AbortSignal {
    return this.shutdown.signal;
  }

  get timeoutHoldMs(): number {
    return this.config.DATAPREV_TIMEOUT_HOLD_MS;
  }

  beforeApplicationShutdown(): void {
    this.shutdown.abort();
  }
}
