import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { CLOCK, type Clock } from '../../domain/clock';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { contractById } from '../find-contracts';
import { WorkoutOffersQuery, workoutAsk } from './workout-offers.query';
import { toWorkoutOffersView, WorkoutOffersView } from './workout-offers.view';

@ApiTags('contracts')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/contracts')
export class GetWorkoutOffersController {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The renegotiations a late contract is offered on `date` (default today in Brazil) for the customer's monthly capacity (R-LN-8). */
  @Get(':id/workout-offers')
  @ApiOkResponse({ type: WorkoutOffersView })
  @ApiBadRequestResponse({ description: 'CONTRACT.INVALID_QUERY — capacity missing or not a positive amount, lateChargesDiscount or graceDays malformed; CONTRACT.INVALID_DATE' })
  @ApiNotFoundResponse({ description: 'CONTRACT.NOT_FOUND — "Empréstimo não encontrado ou inválido" (also another customer\'s contract, for a customer\'s token)' })
  @ApiUnprocessableEntityResponse({
    description: 'CONTRACT.NO_OVERDUE_INSTALLMENTS; CONTRACT.NO_FEASIBLE_WORKOUT; CONTRACT.WORKOUT_DISCOUNT_ABOVE_LIMIT; CONTRACT.WORKOUT_GRACE_ABOVE_LIMIT; CONTRACT.BLOCKED; CONTRACT.SETTLED; CONTRACT.NOT_ACTIVE; CONTRACT.PAYOFF_DATE_INVALID',
  })
  async get(@Param('id') id: string, @Query() query: WorkoutOffersQuery, @CurrentPrincipal() reader: Principal): Promise<WorkoutOffersView> {
    const ask = workoutAsk(query, this.clock);
    const contract = await contractById(this.contracts, id, reader);
    const offers = contract.workoutOffers(ask);
    if (!offers.ok) throw offers.error;
    return toWorkoutOffersView(contract.id, offers.value);
  }
}
