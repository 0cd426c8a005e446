import { Injectable } from '@nestjs/common';
import type { DomainError, Result } from '@consignado/core';
import type { Portability } from '../../domain/portability';
import type { RejectionReason } from '../../domain/rejection-reason';
import { PortabilityWork } from '../portability-work';

/** One side refuses the portability with a reason it may give. */
@Injectable()
export class RejectHandler {
  constructor(private readonly work: PortabilityWork) {}

  execute(nu: string, ispb: string, reason: RejectionReason, detail?: string): Promise<Result<Portability, DomainError>> {
    return this.work.run(nu, ispb, (p, role, time) => p.reject(role, reason, time.now, detail));
  }
}
