import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { mayActFor, type Principal } from '@consignado/auth';
import type { IsoDate, Money } from '@consignado/finance';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { ReceiptDateInFutureError, RegretIdempotencyConflictError, RegretReturnNotFoundError } from '../../domain/disbursement.errors';
import { REGRET_RETURN_REPOSITORY, type RegretReturnRepository } from '../../database/regret-return.repository';
import { type RegretReturnView, toRegretReturnView } from '../../queries/get-disbursements/regret-return.view';
import { callerOf } from '../../../../shared/access/caller';

export interface ReceiveRegretReturn {
  contractId: string;
  amount: Money;
  /** Default: the business date. */
  receivedOn?: IsoDate;
}

/**
 * A receipt of money given back after a regret (R-PR-8): under the return's row lock, at most what
 * is still due (more → DISBURSEMENT.RETURN_OVERPAID, nothing written), the return RECEIVED when the
 * receipts add up to it. A customer records only on their own contract (anyone else's: not found).
 * With an Idempotency-Key the same request from the same caller replays the first answer.
 */
@Injectable()
export class ReceiveRegretReturnHandler {
  private readonly logger = new Logger('ReceiveRegretReturn');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(REGRET_RETURN_REPOSITORY) private readonly returns: RegretReturnRepository,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(command: ReceiveRegretReturn, by: Principal, idempotencyKey?: string): Promise<CommandOutcome<RegretReturnView>> {
    const today = await this.clock.today();
    const claim = idempotencyKey === undefined ? undefined : claimOf(command, by, idempotencyKey);
    const outcome = await this.commands.run(claim, (manager) => this.receive(manager, command, by, today));
    if (!outcome.replayed) this.logger.log('regret return receipt recorded', { contractId: command.contractId, status: outcome.result.status });
    return outcome;
  }

  private async receive(manager: EntityManager, command: ReceiveRegretReturn, by: Principal, today: IsoDate): Promise<RegretReturnView> {
    const regretReturn = await this.returns.find(manager, command.contractId, true);
    if (!regretReturn || !mayActFor(by, regretReturn.snapshot.customerId)) throw new RegretReturnNotFoundError();
    const receivedOn = command.receivedOn ?? today;
    if (receivedOn.isAfter(today)) throw new ReceiptDateInFutureError();
    regretReturn.receive({ receiptId: randomUUID(), amount: command.amount, receivedOn, recordedAt: this.clock.now(), recordedBy: callerOf(by) });
    await this.returns.save(manager, regretReturn);
    return toRegretReturnView(regretReturn);
  }
}

/** Keys are per caller: the same key from two callers is two requests. */
function claimOf(command: ReceiveRegretReturn, by: Principal, key: string): IdempotencyClaim {
  const content = { contractId: command.contractId, amount: command.amount.toString(), receivedOn: command.receivedOn?.toString() ?? null };
  return { scope: `regret-return-receipt:${callerOf(by)}`, key, content, conflict: () => new RegretIdempotencyConflictError() };
}
