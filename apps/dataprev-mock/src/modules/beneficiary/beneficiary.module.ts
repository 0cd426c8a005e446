import { Module } from '@nestjs/common';
import raw from './fixtures/beneficiaries.json';
import { BeneficiaryDirectory } from './domain/beneficiary-directory';
import { loadFixture } from './domain/fixture';

/** Who holds which benefit: the documented fixture, then synthetic data (see the app README). */
@Module({
  providers: [{ provide: BeneficiaryDirectory, useFactory: () => new BeneficiaryDirectory(loadFixture(raw)) }],
  exports: [BeneficiaryDirectory],
})
export class BeneficiaryModule {}
