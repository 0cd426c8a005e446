import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLAIM_REPOSITORY, type ClaimRepository } from '../database/claim.repository';
import type { Claim } from '../domain/claim';

/**
 * A claim as it stands now: a review that is due ends when the claim is read (under its row lock),
 * and the decision is saved, so it is decided once and every later read agrees.
 */
@Injectable()
export class ClaimReviews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLAIM_REPOSITORY) private readonly claims: ClaimRepository,
  ) {}

  current(claimId: string): Promise<Claim | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await this.claims.lock(manager, claimId);
      if (claim?.review(new Date())) await this.claims.save(manager, claim);
      return claim;
    });
  }
}
