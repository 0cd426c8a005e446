import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ApiServiceConfig } from '@consignado/config';

export const SCORE_PROVIDERS = ['deterministic'] as const;
export type ScoreProviderName = (typeof SCORE_PROVIDERS)[number];

const emptyAsUnset = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** credit-analysis configuration (R-X-4): base variables, token issuer (R-SEC-1), the product rate and the score provider. */
export class CreditAnalysisConfig extends ApiServiceConfig {
  override PORT = 3002;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_credit_analysis';

  /**
   * INSS consignado monthly rate as a fraction ("0.0179"). Unset: the CNPS cap in force on each
   * contract date. A configured rate above the cap of a date is lowered to that cap (D-1).
   */
  @Transform(emptyAsUnset)
  @IsOptional()
  @Matches(/^0\.(?=\d*[1-9])\d{1,12}$/, { message: 'INSS_MONTHLY_RATE must be a monthly rate fraction above 0 and below 1, e.g. 0.0179' })
  INSS_MONTHLY_RATE?: string;

  /** Where personal-loan scores come from (R-CA-2); only the deterministic provider exists today. */
  @IsIn(SCORE_PROVIDERS, { message: `SCORE_PROVIDER must be one of: ${SCORE_PROVIDERS.join(', ')}` })
  SCORE_PROVIDER: ScoreProviderName = 'deterministic';
}
