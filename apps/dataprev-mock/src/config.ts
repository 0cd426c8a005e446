import { chaosEnvConfig } from '@consignado/mock-kit';

/**
 * The mock Dataprev (R-AV-1): slow and unstable by default (seed 003 §5.2: answers in 2–10 s, one
 * call in ten 503), every knob also settable at runtime (PUT /admin/chaos).
 */
export class DataprevMockConfig extends chaosEnvConfig('DATAPREV', { latencyMinMs: 2_000, latencyMaxMs: 10_000, failureRate: 0.1 }) {
  override PORT = 3090;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_dataprev';
}
