import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { erasuresOf, PersonalDataSection } from '@consignado/service-kit';
import { CUSTOMER_REPOSITORY, type CustomerRepository } from '../../../customer/database/customer.repository';
import type { Customer } from '../../../customer/domain/customer';
import { customerView } from '../../../customer/queries/get-customer/customer.view';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../../proposal/database/proposal.repository';
import { TIMELINE_REPOSITORY, type TimelineRepository } from '../../../proposal/database/timeline.repository';
import { proposalView } from '../../../proposal/queries/get-proposal/proposal.view';
import { ErasureRequests } from '../../database/erasure-request.repository';
import { erasureRequestView } from '../get-erasure-request/erasure-request.view';

const ALL = { channel: 'INTERNAL', operatorId: 'personal-data-export' } as const;

/** The customer as the channels see them, but with the payout account whole: it is the subject's own data (R-LN-10). */
const opened = (customer: Customer) => ({ ...customerView(customer), ...(customer.props.payoutAccount ? { payoutAccount: customer.props.payoutAccount } : {}) });

/** proposal's section of a customer's export: the customer record, proposals with their timelines, erasure requests. */
@Injectable()
export class ProposalSectionQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(TIMELINE_REPOSITORY) private readonly timelines: TimelineRepository,
    @Inject(ErasureRequests) private readonly requests: ErasureRequests,
  ) {}

  async section(customerId: string): Promise<PersonalDataSection> {
    const customer = await this.customers.findById(customerId);
    const anonymized: Array<{ anonymized_at: Date }> = customer ? [] : await this.dataSource.query(`SELECT anonymized_at FROM customer WHERE id = $1 AND status = 'ANONYMIZED'`, [customerId]);
    const record = customer ? [opened(customer)] : anonymized.map((r) => ({ id: customerId, status: 'ANONYMIZED', anonymizedAt: r.anonymized_at.toISOString() }));
    const proposals = await this.proposals.list({ viewer: ALL, customerId, limit: 1000 });
    const timelines = await Promise.all(proposals.map(async (p) => ({ proposalId: p.id, entries: await this.timelines.list(p.id) })));
    const requests = await this.requests.ofCustomer(this.dataSource.manager, customerId);
    return PersonalDataSection.of('proposal', customerId, {
      customer: record, proposals: proposals.map((p) => proposalView(p)), timelines, erasureRequests: requests.map(erasureRequestView),
    }, await erasuresOf(this.dataSource.manager, customerId));
  }
}
