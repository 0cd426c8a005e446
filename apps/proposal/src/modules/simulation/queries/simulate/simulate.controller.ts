import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Clock } from '../../../../shared/clock';
import { ChannelApi } from '../../../access/channel-api.decorator';
import { quoteLoan } from '../../domain/loan-quote';
import { ProductPricing } from '../../domain/product-pricing';
import { toSimulationCommand } from './simulate.mapper';
import { SimulateRequestDto } from './simulate.request.dto';
import { type SimulationView, simulationView } from './simulation.view';

@ApiTags('simulations')
@ChannelApi()
@Controller('v1/:channel/simulations')
export class SimulateController {
  constructor(
    @Inject(ProductPricing) private readonly pricing: ProductPricing,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** R-PR-3: rate, insurance, IOF, financed amount, installment, CET and the full table; stores nothing. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ description: 'The simulation' })
  @ApiBadRequestResponse({ description: 'Malformed input (REQUEST.INVALID_BODY, SIMULATION.INVALID_*, FINANCE.INVALID_*)' })
  @ApiUnprocessableEntityResponse({ description: 'Product rule refused it (FINANCE.TERM_OUT_OF_RANGE, PRICING.RATE_ABOVE_CAP…)' })
  simulate(@Body() body: SimulateRequestDto): SimulationView {
    return simulationView(quoteLoan(toSimulationCommand(body, this.clock.today()), this.pricing));
  }
}
