import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, FieldCipher } from '@consignado/core';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands, type ResultCodec } from '@consignado/service-kit';
import { Clock } from '../../../../shared/clock';
import { newFlowCorrelationId } from '../../../../shared/flow-correlation';
import { type Principal, scopeOf } from '../../../access/domain/principal';
import { CustomerNotFoundError } from '../../../customer/domain/customer.errors';
import { CUSTOMER_REPOSITORY, type CustomerRepository } from '../../../customer/database/customer.repository';
import { ProductPricing } from '../../../simulation/domain/product-pricing';
import { IdempotencyConflictError } from '../../domain/proposal.errors';
import { Proposal } from '../../domain/proposal';
import { proposalResultCodec } from '../../database/proposal-result.codec';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { ProposalEventsPublisher } from '../proposal-events.publisher';
import type { CreateProposalCommand } from './create-proposal.mapper';

export interface CreateProposal {
  /**
   * Built only when no stored result answers the key: a retry replays even if "today" moved on.
   * It runs in the creating transaction (a proposal from an offer locks the offer there).
   */
  readonly command: (manager: EntityManager) => CreateProposalCommand | Promise<CreateProposalCommand>;
  /** The Idempotency-Key and the body it vouches for (R-PR-7). */
  readonly idempotency?: { readonly key: string; readonly body: unknown };
  /** Runs in the same transaction once the proposal is stored (the offer records the proposal made from it). */
  readonly created?: (manager: EntityManager, proposal: Proposal) => Promise<void>;
}

/**
 * Creates a proposal (R-PR-4): product must suit the customer's link, INSS rate within the cap;
 * corban and internal proposals are submitted at once — ProposalCreated in the same transaction
 * (R-EV-5). With an Idempotency-Key, per channel and partner/operator, a retry gets the proposal
 * as it was created (R-PR-7).
 */
@Injectable()
export class CreateProposalHandler {
  private readonly logger = new Logger('CreateProposal');
  private readonly stored: ResultCodec<Proposal>;

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(ProductPricing) private readonly pricing: ProductPricing,
    @Inject(ProposalEventsPublisher) private readonly events: ProposalEventsPublisher,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(FieldCipher) cipher: FieldCipher,
  ) {
    this.stored = proposalResultCodec(cipher);
  }

  async execute(request: CreateProposal, by: Principal): Promise<CommandOutcome<Proposal>> {
    const work = async (manager: EntityManager) => {
      const proposal = await this.create(manager, await request.command(manager), by);
      await request.created?.(manager, proposal);
      return proposal;
    };
    const outcome = await this.commands.run(claimOf(request, by), work, this.stored);
    const { id, request: asked, state, offerId } = outcome.result.props;
    if (!outcome.replayed) this.logger.log({ proposalId: id, channel: by.channel, product: asked.product, operationType: asked.operationType, state, ...(offerId ? { offerId } : {}) });
    return outcome;
  }

  private async create(manager: EntityManager, command: CreateProposalCommand, by: Principal): Promise<Proposal> {
    const customer = await this.customers.findById(command.customerId, manager);
    // A customer proposes only for themself; another customer's id is as unknown as a missing one.
    if (!customer || (by.channel === 'DIGITAL' && by.customerId !== customer.id)) throw new CustomerNotFoundError();
    const { product } = command.request;
    if (!customer.canTake(product)) {
      throw new DomainError('PROPOSAL.PRODUCT_NOT_ALLOWED', `O produto ${product} não está disponível para o vínculo ${customer.props.linkType} do cliente.`, { product, linkType: customer.props.linkType });
    }
    const monthlyRate = this.pricing.rateFor(product, command.request.monthlyRate, command.request.contractDate);
    const proposal = Proposal.open({ id: randomUUID(), customerId: customer.id, origin: by, request: { ...command.request, monthlyRate }, correlationId: newFlowCorrelationId(), ...(command.offerId ? { offerId: command.offerId } : {}) }, customer, this.clock.now());
    await this.proposals.insert(manager, proposal);
    if (by.channel === 'CORBAN') await this.customers.grantPartner(manager, customer.id, by.partnerId);
    await this.events.publishRaised(manager, proposal);
    return proposal;
  }
}

function claimOf(request: CreateProposal, by: Principal): IdempotencyClaim | undefined {
  if (!request.idempotency) return undefined;
  const { key, body } = request.idempotency;
  return { scope: `create-proposal:${scopeOf(by)}`, key, content: body, conflict: () => new IdempotencyConflictError() };
}
