import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@consignado/core';
import { Clock } from '../../../../shared/clock';
import { newFlowCorrelationId } from '../../../../shared/flow-correlation';
import { type Principal, scopeOf } from '../../../access/domain/principal';
import { CustomerNotFoundError } from '../../../customer/domain/customer.errors';
import { CUSTOMER_REPOSITORY, type CustomerRepository } from '../../../customer/database/customer.repository';
import { ProductPricing } from '../../../simulation/domain/product-pricing';
import { IdempotencyConflictError } from '../../domain/proposal.errors';
import { judgeRetry } from '../../domain/idempotency';
import { Proposal } from '../../domain/proposal';
import { proposalView } from '../../queries/get-proposal/proposal.view';
import { IDEMPOTENCY_REPOSITORY, type IdempotencyRepository } from '../../database/idempotency.repository';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { ProposalEventsPublisher } from '../submit-proposal/proposal-events.publisher';
import type { CreateProposalCommand } from './create-proposal.mapper';

export interface HttpAnswer {
  status: number;
  body: unknown;
  replayed: boolean;
}

export interface IdempotencyInput {
  key: string;
  fingerprint: string;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Creates a proposal (R-PR-4): product must suit the customer's link, INSS rate within the cap;
 * corban and internal proposals are submitted at once — ProposalCreated in the same transaction
 * (R-EV-5). With an Idempotency-Key the first answer is stored in that transaction too (R-PR-7).
 */
@Injectable()
export class CreateProposalHandler {
  private readonly logger = new Logger('CreateProposal');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(IDEMPOTENCY_REPOSITORY) private readonly idempotency: IdempotencyRepository,
    @Inject(ProductPricing) private readonly pricing: ProductPricing,
    @Inject(ProposalEventsPublisher) private readonly events: ProposalEventsPublisher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** `command` is built only when the key has no earlier answer: a retry replays even if "today" moved on. */
  async execute(command: () => CreateProposalCommand, by: Principal, idempotency?: IdempotencyInput): Promise<HttpAnswer> {
    const earlier = idempotency && (await this.replay(by, idempotency));
    if (earlier) return earlier;
    try {
      return await this.create(command(), by, idempotency);
    } catch (error) {
      // A concurrent twin with the same key committed first: answer as it did.
      if (idempotency && (error as { code?: string }).code === UNIQUE_VIOLATION) {
        const twin = await this.replay(by, idempotency);
        if (twin) return twin;
      }
      throw error;
    }
  }

  private async replay(by: Principal, idempotency: IdempotencyInput): Promise<HttpAnswer | undefined> {
    const stored = await this.idempotency.find(scopeOf(by), idempotency.key);
    if (!stored) return undefined;
    const verdict = judgeRetry(stored, idempotency.fingerprint);
    if (verdict.kind === 'CONFLICT') throw new IdempotencyConflictError();
    return { status: verdict.status, body: verdict.body, replayed: true };
  }

  private async create(command: CreateProposalCommand, by: Principal, idempotency?: IdempotencyInput): Promise<HttpAnswer> {
    const customer = await this.customers.findById(command.customerId);
    if (!customer) throw new CustomerNotFoundError();
    const { product } = command.request;
    if (!customer.canTake(product)) {
      throw new DomainError('PROPOSAL.PRODUCT_NOT_ALLOWED', `O produto ${product} não está disponível para o vínculo ${customer.props.linkType} do cliente.`, { product, linkType: customer.props.linkType });
    }
    const monthlyRate = this.pricing.rateFor(product, command.request.monthlyRate, command.request.contractDate);
    const now = this.clock.now();
    const proposal = Proposal.open({ id: randomUUID(), customerId: customer.id, origin: by, request: { ...command.request, monthlyRate }, correlationId: newFlowCorrelationId() }, now);
    const answer: HttpAnswer = { status: 201, body: proposalView(proposal, []), replayed: false };
    await this.dataSource.transaction(async (manager: EntityManager) => {
      await this.proposals.insert(manager, proposal);
      if (by.channel === 'CORBAN') await this.customers.grantPartner(manager, customer.id, by.partnerId);
      if (proposal.submitted) await this.events.submitted(manager, proposal, customer);
      if (idempotency) {
        await this.idempotency.save(manager, { scope: scopeOf(by), key: idempotency.key, fingerprint: idempotency.fingerprint, status: answer.status, body: answer.body, proposalId: proposal.id, createdAt: now });
      }
    });
    this.logger.log({ proposalId: proposal.id, channel: by.channel, product, operationType: command.request.operationType, state: proposal.state });
    return answer;
  }
}
