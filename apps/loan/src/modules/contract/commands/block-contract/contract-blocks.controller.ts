import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type OperatorPrincipal, Secured } from '@consignado/auth';
import { Audited, creationStatus, idempotencyKeyOf } from '@consignado/service-kit';
import { ContractIdPipe } from '../../contract-id.pipe';
import { BlockContractHandler, type BlockCommand } from './block-contract.handler';
import { BlockContractRequestDto, UnblockContractRequestDto } from './block-contract.request.dto';
import { ContractBlocksView } from './contract-blocks.view';

const KEY = { name: 'Idempotency-Key', required: false, description: 'Per operator: same key + same body → the first answer again (200); another body → 409' };

/** Block and unblock (seed 003 §4.9, R-LN-8): internal staff with the CONTRACT_BLOCKER role, every call on the audit trail. */
@ApiTags('contracts')
@Secured({ scopes: ['backoffice'], roles: ['CONTRACT_BLOCKER'] })
@Controller('v1/contracts')
export class ContractBlocksController {
  constructor(private readonly handler: BlockContractHandler) {}

  /** Suspends an ACTIVE contract: no manual payment, settlement, amortization, refinancing or portability out, no reminder. */
  @Post(':id/block')
  @Audited('contract.block')
  @ApiHeader(KEY)
  @ApiCreatedResponse({ type: ContractBlocksView })
  @ApiOkResponse({ type: ContractBlocksView, description: 'Replay of an Idempotency-Key' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY (reason JUDICIAL_ORDER, FRAUD_SUSPECTED or DEATH; note 1–500 characters), CONTRACT.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'CONTRACT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CONTRACT.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'CONTRACT.ALREADY_BLOCKED, CONTRACT.NOT_BLOCKABLE (only an ACTIVE contract)' })
  block(@Param('id', ContractIdPipe) id: string, @Body() body: BlockContractRequestDto, @Headers('idempotency-key') key: string | undefined, @CurrentPrincipal() by: OperatorPrincipal, @Res({ passthrough: true }) res: Response): Promise<ContractBlocksView> {
    return this.run({ kind: 'block', contractId: id, request: { reason: body.reason, note: body.note.trim() } }, by, key, res);
  }

  /** Lifts the block in force ("regularização"): everything resumes. */
  @Post(':id/unblock')
  @Audited('contract.unblock')
  @ApiHeader(KEY)
  @ApiCreatedResponse({ type: ContractBlocksView })
  @ApiOkResponse({ type: ContractBlocksView, description: 'Replay of an Idempotency-Key' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY (note 1–500 characters), CONTRACT.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'CONTRACT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CONTRACT.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'CONTRACT.NOT_BLOCKED' })
  unblock(@Param('id', ContractIdPipe) id: string, @Body() body: UnblockContractRequestDto, @Headers('idempotency-key') key: string | undefined, @CurrentPrincipal() by: OperatorPrincipal, @Res({ passthrough: true }) res: Response): Promise<ContractBlocksView> {
    return this.run({ kind: 'unblock', contractId: id, request: { note: body.note.trim() } }, by, key, res);
  }

  private async run(command: BlockCommand, by: OperatorPrincipal, header: string | undefined, res: Response): Promise<ContractBlocksView> {
    const outcome = await this.handler.execute(command, by, idempotencyKeyOf(header, 'CONTRACT.INVALID_IDEMPOTENCY_KEY'));
    res.status(creationStatus(outcome));
    return outcome.result;
  }
}
