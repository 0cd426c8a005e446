import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { PartnerApi } from '../../../../shared/http/partner.guard';
import { InsurerCall } from '../../../chaos/insurer-call.decorator';
import { ClaimView } from '../../queries/get-claim/claim.view';
import { toClaimRequest } from './file-claim.command';
import { FileClaimHandler } from './file-claim.handler';
import { FileClaimRequest } from './file-claim.request';

@ApiTags('claims')
@PartnerApi()
@Controller('v1/claims')
export class FileClaimController {
  constructor(private readonly handler: FileClaimHandler) {}

  @Post()
  @InsurerCall('FILE_CLAIM')
  @ApiOperation({ summary: 'O banco abre um sinistro do seguro prestamista (óbito do segurado)' })
  @ApiCreatedResponse({ type: ClaimView, description: 'UNDER_REVIEW, com o número do sinistro (SIN-AAAA-NNNNNN)' })
  @ApiOkResponse({ type: ClaimView, description: 'A mesma abertura de novo (mesmo claimId e mesmos dados): o mesmo sinistro, como está agora' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, INSURER.INVALID_AMOUNT, INSURER.INVALID_DATE' })
  @ApiConflictResponse({ description: 'INSURER.CLAIM_CONFLICT: o claimId já foi usado com outros dados' })
  @ApiUnprocessableEntityResponse({ description: 'INSURER.POLICY_ALREADY_CLAIMED: a apólice já tem um sinistro' })
  async file(@Body() body: FileClaimRequest, @Res({ passthrough: true }) res: Response): Promise<ClaimView> {
    const filed = await this.handler.execute(toClaimRequest(body));
    if (!filed.ok) throw filed.error;
    res.status(filed.value.created ? 201 : 200);
    return ClaimView.from(filed.value.claim);
  }
}
