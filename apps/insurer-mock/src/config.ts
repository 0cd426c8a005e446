import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { chaosEnvConfig } from '@consignado/mock-kit';

/** The mock insurer's claims desk (seguro prestamista): credentials, review time, and chaos on the claims API (INSURER_LATENCY_*, _FAILURE_RATE, _OUTAGES, _CHAOS_SEED, _TIMEOUT_HOLD_MS). */
export class InsurerMockConfig extends chaosEnvConfig('INSURER', { latencyMinMs: 200, latencyMaxMs: 1_500, failureRate: 0.05 }) {
  override PORT = 3093;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_insurer';

  /** `X-Api-Key` of the claims API: the bank, as the policies' stipulant (estipulante). */
  @IsString()
  @MinLength(8)
  INSURER_API_KEY = 'insurer-partner-dev-key';

  /** `X-Admin-Key` of the admin API (outcome scripts, claims list, chaos). */
  @IsString()
  @MinLength(8)
  INSURER_ADMIN_API_KEY = 'insurer-admin-dev-key';

  /** How long a claim stays UNDER_REVIEW before its decision (a script may name its own). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(604_800_000)
  INSURER_CLAIM_REVIEW_MS = 1_500;
}
