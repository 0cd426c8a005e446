import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Clock } from '../../../../shared/clock';
import { ChannelApi } from '../../../access/channel-api.decorator';
import { quoteCapacity } from '../../domain/loan-quote';
import { ProductPricing } from '../../domain/product-pricing';
import { toCapacityCommand } from './borrowing-capacity.mapper';
import { BorrowingCapacityRequestDto } from './borrowing-capacity.request.dto';
import { type CapacityView, capacityView } from './capacity.view';

@ApiTags('simulations')
@ChannelApi()
@Controller('v1/:channel/simulations/capacity')
export class BorrowingCapacityController {
  constructor(
    @Inject(ProductPricing) private readonly pricing: ProductPricing,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Seed 003 §4.4 "how much can I borrow" from the available margin and the term; stores nothing. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ description: 'The largest amount that fits the margin, with its installment' })
  @ApiBadRequestResponse({ description: 'Malformed input (REQUEST.INVALID_BODY, CAPACITY.INVALID_*)' })
  @ApiUnprocessableEntityResponse({ description: 'FINANCE.INSUFFICIENT_MARGIN or a product rule' })
  capacity(@Body() body: BorrowingCapacityRequestDto): CapacityView {
    return capacityView(quoteCapacity(toCapacityCommand(body, this.clock.today()), this.pricing));
  }
}
