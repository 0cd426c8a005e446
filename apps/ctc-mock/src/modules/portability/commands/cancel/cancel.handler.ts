import { Injectable } from '@nestjs/common';
import type { DomainError, Result } from '@consignado/core';
import type { Portability } from '../../domain/portability';
import type { CancellationReason } from '../../domain/rejection-reason';
import { PortabilityWork } from '../portability-work';

/** The destination cancels, until the settlement. */
@Injectable()
export class CancelHandler {
  constructor(private readonly work: PortabilityWork) {}

  execute(nu: string, ispb: string, reason: CancellationReason, detail?: string): Promise<Result<Portability, DomainError>> {
    return this.work.run(nu, ispb, (p, role, time) => p.cancel(role, reason, time.now, detail));
  }
}
