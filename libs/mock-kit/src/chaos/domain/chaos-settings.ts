import { fail, ok, type Result } from '@consignado/core';
import { ChaosSettingsError } from './chaos-error';
import { parseOutages, type OutageWindow } from './outage-window';

/** What PUT /admin/chaos accepts and GET /admin/chaos returns. */
export interface ChaosSettingsValues {
  latencyMinMs: number;
  latencyMaxMs: number;
  /** Share of calls (0..1) answered 503 after their latency. */
  failureRate: number;
  /** Outage windows (see parseOutages). */
  outages: readonly string[];
  /** Down right now, whatever the windows say (until set back to false). */
  unavailable: boolean;
}

const MAX_LATENCY_MS = 600_000;

/** How slow and unstable the mock is (R-AV-1): immutable, validated as a whole. */
export class ChaosSettings {
  private constructor(
    readonly values: Readonly<ChaosSettingsValues>,
    private readonly windows: readonly OutageWindow[],
  ) {}

  static create(values: ChaosSettingsValues): Result<ChaosSettings, ChaosSettingsError> {
    const { latencyMinMs: min, latencyMaxMs: max, failureRate } = values;
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min || max > MAX_LATENCY_MS) {
      return fail(new ChaosSettingsError('CHAOS.INVALID_LATENCY', `Latência inválida: use inteiros com 0 ≤ mínimo ≤ máximo ≤ ${MAX_LATENCY_MS} ms.`));
    }
    if (!(failureRate >= 0 && failureRate <= 1)) {
      return fail(new ChaosSettingsError('CHAOS.INVALID_FAILURE_RATE', 'Taxa de falhas inválida: use um número entre 0 e 1.'));
    }
    const windows = parseOutages(values.outages);
    if (!windows.ok) return windows;
    return ok(new ChaosSettings({ ...values, outages: windows.value.map((w) => w.source) }, windows.value));
  }

  /** These settings with some values changed; the result is validated again as a whole. */
  with(patch: Partial<ChaosSettingsValues>): Result<ChaosSettings, ChaosSettingsError> {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return ChaosSettings.create({ ...this.values, ...defined });
  }

  /** Uniform in [min, max] ms. */
  latencyMs(random: () => number): number {
    const { latencyMinMs: min, latencyMaxMs: max } = this.values;
    return min + Math.floor(random() * (max - min + 1));
  }

  isDown(at: Date): boolean {
    return this.values.unavailable || this.windows.some((w) => w.isActive(at));
  }
}
