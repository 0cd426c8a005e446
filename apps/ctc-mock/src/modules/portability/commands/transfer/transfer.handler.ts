import { Injectable } from '@nestjs/common';
import type { DomainError, Result } from '@consignado/core';
import type { Money } from '@consignado/finance';
import { DeadlinePolicy } from '../../domain/deadline-policy';
import type { Portability } from '../../domain/portability';
import { PortabilityWork } from '../portability-work';

/** The destination pays the answered balance. */
@Injectable()
export class TransferHandler {
  constructor(
    private readonly work: PortabilityWork,
    private readonly policy: DeadlinePolicy,
  ) {}

  execute(nu: string, ispb: string, amount: Money): Promise<Result<Portability, DomainError>> {
    return this.work.run(nu, ispb, (p, role, time) => p.transfer(role, amount, time, this.policy));
  }
}
