import { Module } from '@nestjs/common';
import { DEFAULT_PARAMETERS, MonthlyRate } from '@consignado/finance';
import { ProposalConfig } from '../../config';
import { ProductPricing } from './domain/product-pricing';
import { BorrowingCapacityController } from './queries/borrowing-capacity/borrowing-capacity.controller';
import { SimulateController } from './queries/simulate/simulate.controller';

/** Simulations and "how much can I borrow" (R-PR-3); ProductPricing is shared with proposals. */
@Module({
  controllers: [BorrowingCapacityController, SimulateController],
  providers: [
    {
      provide: ProductPricing,
      inject: [ProposalConfig],
      useFactory: (config: ProposalConfig) => new ProductPricing(DEFAULT_PARAMETERS, config.INSS_MONTHLY_RATE ? MonthlyRate.of(config.INSS_MONTHLY_RATE) : undefined),
    },
  ],
  exports: [ProductPricing],
})
export class SimulationModule {}
