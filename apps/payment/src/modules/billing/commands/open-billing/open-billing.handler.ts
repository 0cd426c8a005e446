import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EntityManager } from 'typeorm';
import { Billing } from '../../domain/billing';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';

/** Takes the activated contract's schedule to bill (R-PA-1); once per contract. */
@Injectable()
export class OpenBillingHandler {
  constructor(@Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository) {}

  async execute(activation: PayloadOf<'ContractActivated'>, manager: EntityManager): Promise<'OPENED' | 'UNCHANGED' | 'ATTACHED_CLOSED'> {
    const existing = await this.billings.findForUpdate(manager, activation.contractId);
    if (!existing) {
      await this.billings.save(manager, Billing.open(activation));
      return 'OPENED';
    }
    const outcome = existing.attachSchedule(activation);
    if (outcome !== 'UNCHANGED') await this.billings.save(manager, existing);
    return outcome;
  }
}
