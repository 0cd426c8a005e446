import { Transform, Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Max, Min, Validate } from 'class-validator';
import { AtLeast, BaseServiceConfig } from '@consignado/config';
import { outageList, OutageWindows } from './chaos-config';
import type { ChaosSettingsValues } from './domain/chaos-settings';

/** A mock's defaults: how slow and how unstable it is out of the box. */
export interface ChaosEnvDefaults {
  readonly latencyMinMs: number;
  readonly latencyMaxMs: number;
  readonly failureRate: number;
}

/** The variables `<P>_LATENCY_MIN_MS`, `_LATENCY_MAX_MS`, `_FAILURE_RATE`, `_OUTAGES`, `_CHAOS_SEED`, `_TIMEOUT_HOLD_MS`. */
export type ChaosEnv<P extends string> = { [K in `${P}_LATENCY_MIN_MS` | `${P}_LATENCY_MAX_MS` | `${P}_FAILURE_RATE` | `${P}_TIMEOUT_HOLD_MS`]: number } & {
  [K in `${P}_OUTAGES`]: string;
} & { [K in `${P}_CHAOS_SEED`]?: number };

/** What the chaos engine takes from a mock's configuration. */
export interface ChaosEnvOptions {
  readonly settings: ChaosSettingsValues;
  readonly seed: number | undefined;
  readonly timeoutHoldMs: number;
}

type ChaosConfigClass<P extends string> = new () => BaseServiceConfig & ChaosEnv<P> & { chaosOptions(): ChaosEnvOptions };

/** The raw variable (class-transformer converts before it transforms): empty or unset is no seed, anything else a number. */
const seedOf = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => (obj[key] === '' || obj[key] === undefined ? undefined : Number(obj[key]));
const numberIn = (min: number, max: number, integer = true): PropertyDecorator[] => [Type(() => Number), integer ? IsInt() : IsNumber(), Min(min), Max(max)];

/**
 * The base configuration of a mock of an external system (libs/mock-kit): its service settings and
 * the chaos variables under its prefix, validated at start like every variable (R-X-4) — latency
 * range in ms (0–600000, max ≥ min), share of calls answered 503 (0..1), outage windows ("every
 * 300s for 30s, 22:00-06:00", Brasília), PRNG seed (empty: random), how long a scripted timeout
 * holds a call (default 120 s). The same knobs are settable at runtime (PUT /admin/chaos).
 */
export function chaosEnvConfig<P extends string>(prefix: P, defaults: ChaosEnvDefaults): ChaosConfigClass<P> {
  const key = (name: string): string => `${prefix}_${name}`;
  class ChaosEnvConfig extends BaseServiceConfig {
    constructor() {
      super();
      Object.assign(this, { [key('LATENCY_MIN_MS')]: defaults.latencyMinMs, [key('LATENCY_MAX_MS')]: defaults.latencyMaxMs, [key('FAILURE_RATE')]: defaults.failureRate, [key('OUTAGES')]: '', [key('TIMEOUT_HOLD_MS')]: 120_000 });
    }

    chaosOptions(): ChaosEnvOptions {
      const env = this as unknown as Record<string, number | string | undefined>;
      const settings = { latencyMinMs: env[key('LATENCY_MIN_MS')] as number, latencyMaxMs: env[key('LATENCY_MAX_MS')] as number, failureRate: env[key('FAILURE_RATE')] as number, outages: outageList(env[key('OUTAGES')] as string), unavailable: false };
      return { settings, seed: env[key('CHAOS_SEED')] as number | undefined, timeoutHoldMs: env[key('TIMEOUT_HOLD_MS')] as number };
    }
  }
  const decorate = (name: string, decorators: PropertyDecorator[]) => decorators.forEach((d) => d(ChaosEnvConfig.prototype, key(name)));
  decorate('LATENCY_MIN_MS', numberIn(0, 600_000));
  decorate('LATENCY_MAX_MS', [...numberIn(0, 600_000), Validate(AtLeast, [key('LATENCY_MIN_MS')])]);
  decorate('FAILURE_RATE', numberIn(0, 1, false));
  decorate('OUTAGES', [IsString(), Validate(OutageWindows)]);
  decorate('CHAOS_SEED', [IsOptional(), Transform(seedOf), IsInt(), Min(0), Max(4_294_967_295)]);
  decorate('TIMEOUT_HOLD_MS', [Type(() => Number), IsInt(), Min(1)]);
  return ChaosEnvConfig as unknown as ChaosConfigClass<P>;
}
