import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { Clock } from '../../../../shared/clock';
import { type Principal, scopeOf, userIdOf } from '../../../access/domain/principal';
import { customerVisibleTo } from '../../domain/customer-access';
import { CustomerNotFoundError, PayoutAccountIdempotencyConflictError } from '../../domain/customer.errors';
import type { PayoutAccount } from '../../domain/payout-account';
import { CUSTOMER_REPOSITORY, type CustomerRepository } from '../../database/customer.repository';
import { type PayoutAccountResult, payoutAccountResult } from './payout-account.result';

export interface ChangePayoutAccount {
  readonly customerId: string;
  readonly account: PayoutAccount;
  readonly idempotencyKey?: string;
}

/**
 * Registers or replaces a customer's payout account (R-LN-10) for whoever may act for the
 * customer (the GET customer rule; anyone else: not found). A new account raises
 * CustomerPayoutAccountChanged, written to the outbox in the same transaction (R-EV-5); the same
 * account again writes nothing. The answer is masked, and so is what an Idempotency-Key stores.
 */
@Injectable()
export class ChangePayoutAccountHandler {
  private readonly logger = new Logger('ChangePayoutAccount');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(command: ChangePayoutAccount, by: Principal): Promise<CommandOutcome<PayoutAccountResult>> {
    const outcome = await this.commands.run(claimOf(command, by), (manager) => this.change(manager, command, by));
    if (!outcome.replayed) this.logger.log({ customerId: command.customerId, kind: command.account.kind, changed: outcome.result.changed, channel: by.channel });
    return outcome;
  }

  private async change(manager: EntityManager, { customerId, account }: ChangePayoutAccount, by: Principal): Promise<PayoutAccountResult> {
    const partners = by.channel === 'CORBAN' ? await this.customers.partnersOf(customerId) : [];
    const customer = customerVisibleTo(by, customerId, partners) ? await this.customers.lockById(manager, customerId) : undefined;
    if (!customer) throw new CustomerNotFoundError();
    const changed = customer.changePayoutAccount(account, by, this.clock.now());
    await this.customers.savePayoutAccount(manager, customer);
    // Each change starts its own flow: a new correlationId.
    for (const { type, payload, by: causedBy } of customer.pullEvents()) {
      await this.publisher.publish(manager, type, { payload, metadata: { correlationId: randomUUID(), userId: userIdOf(causedBy), channel: causedBy.channel } });
    }
    return payoutAccountResult(customer, changed);
  }
}

function claimOf(command: ChangePayoutAccount, by: Principal): IdempotencyClaim | undefined {
  if (!command.idempotencyKey) return undefined;
  const content = { customerId: command.customerId, account: command.account };
  return { scope: `change-payout-account:${scopeOf(by)}`, key: command.idempotencyKey, content, conflict: () => new PayoutAccountIdempotencyConflictError() };
}
