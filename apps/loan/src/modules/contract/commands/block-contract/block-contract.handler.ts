import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OperatorPrincipal } from '@consignado/auth';
import { EventPublisher } from '@consignado/eventing';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import type { BlockRequest, UnblockRequest } from '../../domain/contract-block';
import { ContractNotFoundError } from '../../domain/contract.errors';
import { BlockIdempotencyConflictError } from '../../domain/block.errors';
import { CLOCK, type Clock } from '../../domain/clock';
import type { Contract } from '../../domain/contract';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { type ContractBlocksView, toContractBlocksView } from './contract-blocks.view';

export type BlockCommand = { kind: 'block'; contractId: string; request: Omit<BlockRequest, 'operatorId' | 'claimId'> } | { kind: 'unblock'; contractId: string; request: Omit<UnblockRequest, 'operatorId'> };

/**
 * Staff block or unblock a contract (seed 003 §4.9, R-LN-8), under the contract's row lock: the
 * Contract decides, and ContractPositionChanged with ContractBlocked or ContractUnblocked go to
 * the outbox in the same transaction. With an Idempotency-Key (per operator) a retry gets the
 * first answer back; a refusal writes nothing.
 */
@Injectable()
export class BlockContractHandler {
  private readonly logger = new Logger('ContractBlocks');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: BlockCommand, by: OperatorPrincipal, idempotencyKey?: string): Promise<CommandOutcome<ContractBlocksView>> {
    const claim: IdempotencyClaim | undefined = idempotencyKey === undefined ? undefined
      : { scope: `contract.${command.kind}:INTERNAL:${by.operatorId}`, key: idempotencyKey, content: command, conflict: () => new BlockIdempotencyConflictError() };
    const outcome = await this.commands.run(claim, (manager) => this.apply(manager, command, by));
    if (!outcome.replayed) this.logger.log({ contractId: command.contractId, action: command.kind, reason: command.kind === 'block' ? command.request.reason : undefined, operatorId: by.operatorId });
    return outcome;
  }

  private async apply(manager: EntityManager, command: BlockCommand, by: OperatorPrincipal): Promise<ContractBlocksView> {
    const contract = await this.contracts.findForUpdate(manager, command.contractId);
    if (!contract) throw new ContractNotFoundError({ contractId: command.contractId });
    const now = this.clock.now();
    if (command.kind === 'block') contract.block({ ...command.request, operatorId: by.operatorId, claimId: randomUUID() }, now);
    else contract.unblock({ ...command.request, operatorId: by.operatorId }, now);
    await this.contracts.update(manager, contract);
    await this.publish(manager, contract);
    return toContractBlocksView(contract);
  }

  private async publish(manager: EntityManager, contract: Contract): Promise<void> {
    for (const { type, payload } of contract.pullEvents()) await this.publisher.publish(manager, type, { payload });
  }
}
