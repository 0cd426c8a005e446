import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { FieldCipher } from '@consignado/core';
import { recordErasure } from '@consignado/service-kit';
import { CUSTOMER_REPOSITORY, type CustomerRepository } from '../../../customer/database/customer.repository';
import { anonymizeCustomer } from '../../database/customer-anonymizer';
import { ErasureRequests } from '../../database/erasure-request.repository';
import { LoginAccounts } from '../../database/login-accounts';

/**
 * Loan's decision on an erasure (R-SEC-3): ANONYMIZE → the customer's login at the identity
 * provider is closed, and the customer and their proposals are anonymized here, in the consumer's
 * transaction, and the request closes ANONYMIZED; RETAIN →
 * the request closes RETAINED and nothing else changes. A decision applied once is not applied
 * again: the request is no longer PENDING.
 */
@Injectable()
export class ApplyErasureDecisionHandler {
  private readonly logger = new Logger('ApplyErasureDecision');

  constructor(
    @Inject(ErasureRequests) private readonly requests: ErasureRequests,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(LoginAccounts) private readonly logins: LoginAccounts,
  ) {}

  async execute(manager: EntityManager, decision: PayloadOf<'DataSubjectErasureDecided'>): Promise<void> {
    const request = await this.requests.lock(manager, decision.requestId);
    const { requestId, customerId } = decision;
    // Every request is opened here: an unknown one, or one already closed, changes nothing.
    if (!request?.close(decision)) {
      this.logger.warn({ message: 'erasure decision ignored', requestId, customerId, known: request !== undefined });
      return;
    }
    await this.requests.update(manager, request);
    if (decision.decision === 'ANONYMIZE') {
      // The login first: should the provider fail, the event is retried and nothing here changed.
      const customer = await this.customers.findById(customerId, manager);
      if (customer) await this.logins.close(customer.props.cpf.toString(), customerId);
      const rows = await anonymizeCustomer(manager, this.cipher, customerId);
      await recordErasure(manager, requestId, customerId, decision.origin, rows);
      this.logger.log({ requestId, customerId, decision: decision.decision, rows });
    } else {
      this.logger.log({ requestId, customerId, decision: decision.decision, reason: decision.reason, retainedUntil: decision.retainedUntil });
    }
  }
}
