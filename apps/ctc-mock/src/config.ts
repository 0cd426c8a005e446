import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, Min, MinLength, Validate } from 'class-validator';
import { chaosEnvConfig } from '@consignado/mock-kit';
import { DEV_PARTICIPANT_ISPB, DEV_PARTICIPANT_KEY, ParticipantList, parseParticipants } from './config/participants';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const businessDays = () => (target: object, property: string) => {
  Type(() => Number)(target, property);
  IsInt()(target, property);
  Min(0)(target, property);
  Max(60)(target, property);
};
const milliseconds = (min: number) => (target: object, property: string) => {
  Type(() => Number)(target, property);
  IsInt()(target, property);
  Min(min)(target, property);
  Max(86_400_000)(target, property);
};

/** The mock CTC (R-LN-11): participants, deadlines, simulated banks' pace, and chaos on the participant API (CTC_LATENCY_*, _FAILURE_RATE, _OUTAGES, _CHAOS_SEED, _TIMEOUT_HOLD_MS). */
export class CtcMockConfig extends chaosEnvConfig('CTC', { latencyMinMs: 500, latencyMaxMs: 3_000, failureRate: 0.05 }) {
  override PORT = 3092;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_ctc';

  @IsString()
  @Validate(ParticipantList)
  CTC_PARTICIPANTS = `${DEV_PARTICIPANT_ISPB}:${DEV_PARTICIPANT_KEY}`;

  /** `X-Admin-Key` of the admin API (simulated banks, clock, sweep, chaos). */
  @IsString()
  @MinLength(8)
  CTC_ADMIN_API_KEY = 'ctc-admin-dev-key';

  /** Business days the origin has to answer, counted from the request date. */
  @businessDays() CTC_ANSWER_BUSINESS_DAYS = 5;
  /** Business days after the answer until the due-balance limit date (the transfer's deadline). */
  @businessDays() CTC_TRANSFER_BUSINESS_DAYS = 1;
  /** Business days after the transfer for the origin to confirm the settlement. */
  @businessDays() CTC_CONFIRMATION_BUSINESS_DAYS = 2;

  /** Whether PUT /admin/clock may move the exchange's date. */
  @Transform(toBoolean)
  @IsBoolean()
  CTC_CLOCK_ADJUSTABLE = true;

  /** How long a simulated bank takes when its script names no delay. */
  @milliseconds(0) CTC_SIMULATED_DELAY_MS = 3_000;
  /** How often the worker performs the simulated banks' due moves. */
  @milliseconds(10) CTC_WORKER_INTERVAL_MS = 500;
  /** How often the sweeper expires late portabilities (0: only POST /admin/sweep). */
  @milliseconds(0) CTC_SWEEP_INTERVAL_MS = 60_000;

  participants(): Map<string, string> {
    // Validated by ParticipantList.
    return parseParticipants(this.CTC_PARTICIPANTS) as Map<string, string>;
  }
}
