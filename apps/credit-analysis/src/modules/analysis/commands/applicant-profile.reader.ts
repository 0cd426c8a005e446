import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProposalCreatedPayload } from '@consignado/contracts';
import { civilDateInBrazil } from '@consignado/finance';
import { CONTRACT_POSITIONS, type ContractPositions } from '../../contract-projection/database/contract-position.repository';
import { inquiriesSince } from '../../personalization/domain/applicant-history';
import { type ApplicantProfile, applicantProfile } from '../../personalization/domain/applicant-profile';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../database/analysis.repository';

/** Reads what the applicant's profile needs in the consumer's transaction: their contracts and their analyses of six months. */
@Injectable()
export class ApplicantProfileReader {
  constructor(
    @Inject(CONTRACT_POSITIONS) private readonly positions: ContractPositions,
    @Inject(ANALYSIS_REPOSITORY) private readonly analyses: AnalysisRepository,
  ) {}

  async profile(manager: EntityManager, application: ProposalCreatedPayload, score: number, now: Date): Promise<ApplicantProfile> {
    const contracts = await this.positions.ofCustomer(manager, application.customerId);
    // This proposal's own analysis is not written yet: it is one more inquiry.
    const inquiries = (await this.analyses.countSince(manager, application.customerId, inquiriesSince(now))) + 1;
    return applicantProfile(application, contracts, inquiries, score, civilDateInBrazil(now));
  }
}
