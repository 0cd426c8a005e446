import { Controller, Get, Inject, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { DocumentNotFoundError } from '../../domain/formalization.errors';
import { CONTRACT_DOCUMENT_REPOSITORY, type ContractDocumentRepository } from '../../database/contract-document.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { contractById } from '../find-contracts';
import { ccbReaders } from './ccb-readers';

/**
 * The contract's CCB (R-LN-9): the exact bytes whose SHA-256 the customer's acceptance names — for
 * contract readers, and for the channel collecting the acceptance (ccb-readers.ts).
 */
@ApiTags('contracts')
@Secured({ scopes: [] })
@Controller('v1/contracts')
export class GetCcbController {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CONTRACT_DOCUMENT_REPOSITORY) private readonly documents: ContractDocumentRepository,
  ) {}

  /** The CCB as issued (application/pdf), with its SHA-256 in `x-document-sha256` and as the ETag. */
  @Get(':id/ccb')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The CCB PDF; headers x-document-sha256 (lowercase hex) and ETag "<sha256>"',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiForbiddenResponse({ description: 'AUTH.INSUFFICIENT_SCOPE — neither contracts:read nor origination' })
  @ApiNotFoundResponse({ description: 'CONTRACT.NOT_FOUND (also another customer\'s contract for a customer\'s token, another partner\'s for a corban); CONTRACT.DOCUMENT_NOT_FOUND — no CCB issued (a refused refinancing)' })
  async get(@Param('id') id: string, @CurrentPrincipal() reader: Principal, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const contract = await contractById(this.contracts, id, reader, ccbReaders(reader));
    const ccb = await this.documents.ccbOf(contract.id);
    if (!ccb) throw new DocumentNotFoundError(contract.id);
    res.set({ 'x-document-sha256': ccb.sha256, ETag: `"${ccb.sha256}"`, 'Cache-Control': 'private, no-store' });
    return new StreamableFile(ccb.bytes, { type: 'application/pdf', disposition: `inline; filename="ccb-${contract.id}.pdf"`, length: ccb.bytes.length });
  }
}
