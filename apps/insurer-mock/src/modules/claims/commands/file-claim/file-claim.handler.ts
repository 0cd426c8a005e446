import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fail, ok, type Result } from '@consignado/core';
import { civilDateInBrazil } from '@consignado/finance';
import { InsurerMockConfig } from '../../../../config';
import { CLAIM_REPOSITORY, type ClaimRepository } from '../../database/claim.repository';
import { OUTCOME_SCRIPTS, type OutcomeScripts } from '../../database/outcome-script.repository';
import { Claim } from '../../domain/claim';
import { claimNumber } from '../../domain/claim-number';
import type { ClaimRequest } from '../../domain/claim-state';
import { claimConflict, type InsurerError, policyAlreadyClaimed } from '../../domain/insurer-error';
import { reviewPlanOf } from '../../domain/outcome-script';
import { ClaimReviews } from '../claim-reviews';

export interface Filed {
  readonly claim: Claim;
  /** False when the same filing came again: the claim it opened, as it stands now. */
  readonly created: boolean;
}

/** Thrown inside the filing's transaction to roll back the outcome script it took. */
const REFUSED = Symbol('REFUSED');

/**
 * Opens a claim UNDER_REVIEW with its number and its review plan (an outcome script's, else paid).
 * Keyed by the bank's claim id: the same filing again answers the claim it opened, another filing
 * under that id is a conflict; a policy has one claim (the insured dies once).
 */
@Injectable()
export class FileClaimHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLAIM_REPOSITORY) private readonly claims: ClaimRepository,
    @Inject(OUTCOME_SCRIPTS) private readonly scripts: OutcomeScripts,
    private readonly reviews: ClaimReviews,
    private readonly config: InsurerMockConfig,
  ) {}

  async execute(request: ClaimRequest): Promise<Result<Filed, InsurerError>> {
    const earlier = await this.replay(request);
    if (earlier) return earlier;
    const claim = await this.open(request);
    if (claim) return ok({ claim, created: true });
    // Refused by a unique key: a concurrent twin with this claim id committed first, or the policy has its claim.
    const twin = await this.replay(request);
    if (twin) return twin;
    const other = await this.claims.findByPolicy(request.policyNumber);
    return fail(policyAlreadyClaimed(request.policyNumber, other?.state.insurerClaimNumber ?? ''));
  }

  private async open(request: ClaimRequest): Promise<Claim | undefined> {
    const opened = this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const number = claimNumber(civilDateInBrazil(now).year, await this.claims.nextSequence(manager));
      const plan = reviewPlanOf(await this.scripts.take(manager, request.policyNumber), this.config.INSURER_CLAIM_REVIEW_MS);
      const claim = Claim.file(request, number, now, plan);
      if (!(await this.claims.insert(manager, claim))) throw REFUSED;
      return claim;
    });
    return opened.catch((error: unknown) => {
      if (error === REFUSED) return undefined;
      throw error;
    });
  }

  private async replay(request: ClaimRequest): Promise<Result<Filed, InsurerError> | undefined> {
    const claim = await this.reviews.current(request.claimId);
    if (!claim) return undefined;
    return claim.isSameFiling(request) ? ok({ claim, created: false }) : fail(claimConflict(request.claimId));
  }
}
