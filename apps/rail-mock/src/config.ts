import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { chaosEnvConfig } from '@consignado/mock-kit';

/** The mock payment rail (PIX over the SPI): credentials, settlement time, and chaos on the transfers API (RAIL_LATENCY_*, _FAILURE_RATE, _OUTAGES, _CHAOS_SEED, _TIMEOUT_HOLD_MS). */
export class RailMockConfig extends chaosEnvConfig('RAIL', { latencyMinMs: 200, latencyMaxMs: 1_500, failureRate: 0.05 }) {
  override PORT = 3094;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_rail';

  /** `X-Api-Key` of the transfers API: the bank, as the paying participant. */
  @IsString()
  @MinLength(8)
  RAIL_API_KEY = 'rail-partner-dev-key';

  /** `X-Admin-Key` of the admin API (outcome scripts, transfers list, chaos). */
  @IsString()
  @MinLength(8)
  RAIL_ADMIN_API_KEY = 'rail-admin-dev-key';

  /** How long a transfer stays PENDING before it settles or is rejected (a script may name its own). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  RAIL_SETTLEMENT_MS = 1_000;

  /** The paying participant's ISPB (8 digits): the start of every end-to-end id the rail gives. */
  @IsString()
  @Matches(/^[0-9]{8}$/)
  RAIL_PAYER_ISPB = '99000001';
}
