import { DomainError } from '@consignado/core';

/** A chaos setting that cannot be applied (HTTP 400: every code here is INVALID_*). */
export class ChaosSettingsError extends DomainError {
  constructor(code: 'CHAOS.INVALID_LATENCY' | 'CHAOS.INVALID_FAILURE_RATE' | 'CHAOS.INVALID_OUTAGE', message: string) {
    super(code, message);
  }
}
