import type { Product } from '@consignado/contracts';
import { DomainError } from '@consignado/core';
import { type IsoDate, MonthlyRate, type ParameterRegistry } from '@consignado/finance';
import { fieldError, financeFailure } from '../../../shared/field-errors';

/**
 * Which monthly rate a quote uses (D-1). INSS consignado: the rate the channel quotes, else the
 * configured product rate, else the CNPS cap in force on the contract date; a quoted rate above
 * that cap is refused, not silently lowered. The other products price themselves (servant
 * formula, personal score band), so a quoted rate is refused for them.
 */
export class ProductPricing {
  constructor(
    readonly registry: ParameterRegistry,
    private readonly inssProductRate?: MonthlyRate,
  ) {}

  rateFor(product: Product, quoted: MonthlyRate | undefined, contractDate: IsoDate): MonthlyRate | undefined {
    if (product !== 'INSS_CONSIGNADO') {
      if (quoted) throw fieldError('PRICING.INVALID_RATE_FOR_PRODUCT', 'monthlyRate', 'A taxa deste produto é definida pelas regras do produto: informe monthlyRate apenas no consignado INSS.');
      return undefined;
    }
    const caps = this.registry.inssRateCap.at(contractDate);
    if (!caps.ok) throw financeFailure(caps.error);
    const cap = MonthlyRate.fromDecimal(caps.value.value.loan);
    if (quoted && !quoted.lte(cap)) {
      throw new DomainError('PRICING.RATE_ABOVE_CAP', `Taxa acima do teto do consignado INSS vigente em ${contractDate.toString()}: máximo de ${cap.toString()} ao mês.`, {
        cap: cap.toString(),
        parameterVersion: caps.value.id,
      });
    }
    return quoted ?? this.inssProductRate;
  }
}
