import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { CLAIM_REPOSITORY, type ClaimRepository } from '../../database/claim.repository';
import { ClaimView } from '../get-claim/claim.view';
import { ListClaimsQuery } from './list-claims.query';

@ApiTags('admin')
@AdminApi()
@Controller('admin/claims')
export class ListClaimsController {
  constructor(@Inject(CLAIM_REPOSITORY) private readonly claims: ClaimRepository) {}

  /** Shown as they stand now; a due review is only saved when the bank reads the claim. */
  @Get()
  @ApiOperation({ summary: 'Os sinistros da seguradora (por claimId, contrato ou apólice), para testes e operação' })
  @ApiOkResponse({ type: [ClaimView] })
  async list(@Query() query: ListClaimsQuery): Promise<{ claims: ClaimView[] }> {
    const now = new Date();
    const found = await this.claims.list({ claimId: query.claimId?.toLowerCase(), contractId: query.contractId?.toLowerCase(), policyNumber: query.policyNumber, limit: query.limit ?? 100 });
    for (const claim of found) claim.review(now);
    return { claims: found.map((claim) => ClaimView.from(claim)) };
  }
}
