import { Injectable } from '@nestjs/common';
import type { DomainError, Result } from '@consignado/core';
import type { Portability } from '../../domain/portability';
import { PortabilityWork } from '../portability-work';

/** The origin confirms the settlement with its payoff receipt. */
@Injectable()
export class ConfirmSettlementHandler {
  constructor(private readonly work: PortabilityWork) {}

  execute(nu: string, ispb: string, receipt?: string): Promise<Result<Portability, DomainError>> {
    return this.work.run(nu, ispb, (p, role, time) => p.confirmSettlement(role, receipt, time.now));
  }
}
