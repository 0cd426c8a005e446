import { Transform, Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Max, Min, Validate } from 'class-validator';
import { BaseServiceConfig } from '@consignado/config';
import { type ChaosSettingsValues, LatencyAtLeast, outageList, OutageWindows } from '@consignado/mock-kit';

const emptyAsUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** How slow and unstable the insurer is on the claims API (libs/mock-kit); also PUT /admin/chaos. */
export class InsurerChaosConfig extends BaseServiceConfig {
  /** Latency of every claims call, uniform in [MIN, MAX] ms. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  INSURER_LATENCY_MIN_MS = 200;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  @Validate(LatencyAtLeast, ['INSURER_LATENCY_MIN_MS'])
  INSURER_LATENCY_MAX_MS = 1_500;

  /** Share of claims calls answered 503 (0..1), before anything is done. */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  INSURER_FAILURE_RATE = 0.05;

  /** Unavailability windows, e.g. "every 300s for 30s, 22:00-06:00"; empty = none. */
  @IsString()
  @Validate(OutageWindows)
  INSURER_OUTAGES = '';

  /** Seed of the chaos PRNG: the same seed replays the same latencies and failures. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(4_294_967_295)
  INSURER_CHAOS_SEED?: number;

  /** How long a scripted "timeout" holds the call before answering 504 (the caller gives up first). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  INSURER_TIMEOUT_HOLD_MS = 120_000;

  chaosSettings(): ChaosSettingsValues {
    return { latencyMinMs: this.INSURER_LATENCY_MIN_MS, latencyMaxMs: this.INSURER_LATENCY_MAX_MS, failureRate: this.INSURER_FAILURE_RATE, outages: outageList(this.INSURER_OUTAGES), unavailable: false };
  }
}
