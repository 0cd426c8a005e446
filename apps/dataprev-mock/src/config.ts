import { Transform, Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Max, Min, Validate } from 'class-validator';
import { BaseServiceConfig } from '@consignado/config';
import { type ChaosSettingsValues, LatencyAtLeast, outageList, OutageWindows } from '@consignado/mock-kit';

const emptyAsUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** The mock Dataprev (R-AV-1): slow and unstable by default, every knob also settable at runtime (PUT /admin/chaos). */
export class DataprevMockConfig extends BaseServiceConfig {
  override PORT = 3090;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_dataprev';

  /** Latency of every answer, uniform in [MIN, MAX] ms (seed 003 §5.2: 2–10 s). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  DATAPREV_LATENCY_MIN_MS = 2_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  @Validate(LatencyAtLeast, ['DATAPREV_LATENCY_MIN_MS'])
  DATAPREV_LATENCY_MAX_MS = 10_000;

  /** Share of calls answered 503 (0..1). */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  DATAPREV_FAILURE_RATE = 0.1;

  /** Unavailability windows, e.g. "every 300s for 30s, 22:00-06:00"; empty = none. */
  @IsString()
  @Validate(OutageWindows)
  DATAPREV_OUTAGES = '';

  /** Seed of the chaos PRNG: the same seed replays the same latencies and failures. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(4_294_967_295)
  DATAPREV_CHAOS_SEED?: number;

  /** How long a scripted "timeout" holds the call before answering 504 (the caller gives up first). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  DATAPREV_TIMEOUT_HOLD_MS = 120_000;

  chaosSettings(): ChaosSettingsValues {
    return {
      latencyMinMs: this.DATAPREV_LATENCY_MIN_MS,
      latencyMaxMs: this.DATAPREV_LATENCY_MAX_MS,
      failureRate: this.DATAPREV_FAILURE_RATE,
      // Already validated by OutageWindows.
      outages: outageList(this.DATAPREV_OUTAGES),
      unavailable: false,
    };
  }
}
