import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { ProposalIdPipe } from '../../proposal-id.pipe';
import { AttachDocumentHandler } from './attach-document.handler';
import { AttachDocumentRequestDto } from './attach-document.request.dto';

/** Only the digital channel sends documents (selfie + documents, seed 003 §6.2). */
@ApiTags('proposals')
@ChannelApi({ channelParam: false })
@Controller('v1/digital/proposals')
export class AttachDocumentController {
  constructor(@Inject(AttachDocumentHandler) private readonly handler: AttachDocumentHandler) {}

  @Post(':id/documents')
  @ApiCreatedResponse({ description: 'The stored document and the proposal state (submitted once SELFIE and ID_FRONT are in)' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, DOCUMENT.INVALID_* (Base64, size ≤ 2 MB, content matching mimeType)' })
  @ApiNotFoundResponse({ description: 'PROPOSAL.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PROPOSAL.DOCUMENTS_CONFLICT — the proposal no longer takes documents' })
  async attach(@Param('id', ProposalIdPipe) id: string, @Body() body: AttachDocumentRequestDto, @CurrentPrincipal() principal: Principal): Promise<object> {
    const { document, proposal } = await this.handler.execute({ proposalId: id, ...body }, principal);
    return {
      document: { id: document.id, kind: document.kind, mimeType: document.mimeType, sizeBytes: document.sizeBytes, sha256: document.sha256, uploadedAt: document.uploadedAt.toISOString() },
      proposal: { id: proposal.id, state: proposal.state, documentKinds: proposal.props.documentKinds },
    };
  }
}
