import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ContractNotFoundError } from '../../domain/contract.errors';
import { CANCELLATION_REQUEST_REPOSITORY, type CancellationRequestRepository } from '../../database/cancellation-request.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { ContractView, toContractView } from './contract.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('contracts')
@Controller('v1/contracts')
export class GetContractController {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CANCELLATION_REQUEST_REPOSITORY) private readonly cancellations: CancellationRequestRepository,
  ) {}

  /** The contract, its status and full schedule (seed 002 §7, R-LN-2). */
  @Get(':id')
  @ApiOkResponse({ type: ContractView })
  @ApiNotFoundResponse({ description: 'CONTRACT.NOT_FOUND — "Empréstimo não encontrado ou inválido"' })
  async get(@Param('id') id: string): Promise<ContractView> {
    // The seed answers an unknown and a malformed id alike ("não encontrado ou inválido").
    const contract = UUID.test(id) ? await this.contracts.findById(id.toLowerCase()) : undefined;
    if (!contract) throw new ContractNotFoundError({ contractId: id });
    return toContractView(contract, await this.cancellations.listByProposal(contract.snapshot.proposalId));
  }
}
