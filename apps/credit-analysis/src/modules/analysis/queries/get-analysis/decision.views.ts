import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One evaluated rule (R-CA-4). */
export class DecisionReasonView {
  @ApiProperty({ example: 'INSS.MARGIN', description: 'Rule id' })
  rule!: string;

  @ApiPropertyOptional({ example: 'CREDIT.MARGIN_EXCEEDED', description: 'Present when the rule failed' })
  code?: string;

  @ApiProperty()
  passed!: boolean;

  @ApiProperty({ example: '231.24' })
  measured!: string;

  @ApiProperty({ example: '500.00' })
  limit!: string;

  @ApiProperty({ example: 'Parcela de R$ 231,24 dentro da margem consignável disponível de R$ 500,00.' })
  message!: string;

  @ApiProperty({ example: 'INSS-MARGIN-35-5-5' })
  parameterVersion!: string;
}

/** Priced terms of an approval (FINANCE.md `simulate`); money and percents as decimal strings. */
export class PricedTermsView {
  @ApiProperty({ example: '10000.00' }) releasedAmount!: string;
  @ApiProperty({ example: '10342.09' }) financedAmount!: string;
  @ApiProperty({ example: '0.0185' }) monthlyRate!: string;
  @ApiProperty({ example: 96 }) termMonths!: number;
  @ApiProperty({ example: '231.24' }) installmentAmount!: string;
  @ApiProperty({ example: '342.09' }) iof!: string;
  @ApiProperty({ example: '0.00' }) insurance!: string;
  @ApiProperty({ example: '22199.04' }) totalPayable!: string;
  @ApiProperty({ example: '1.95' }) cetMonthlyPercent!: string;
  @ApiProperty({ example: '26.04' }) cetAnnualPercent!: string;
  @ApiProperty({ example: '2026-03-10' }) contractDate!: string;
  @ApiProperty({ example: '2026-04-10' }) firstDueDate!: string;
}

export class MarginBalanceView {
  @ApiProperty({ example: '700.00' }) limit!: string;
  @ApiProperty({ example: '200.00' }) used!: string;
  @ApiProperty({ example: '500.00' }) available!: string;
}

/** Dataprev's margin answer the INSS decision used. */
export class MarginView {
  @ApiProperty({ example: '1234567890' }) benefitNumber!: string;
  @ApiProperty({ type: MarginBalanceView }) loan!: MarginBalanceView;
  @ApiProperty({ type: [String] }) restrictions!: string[];
  @ApiProperty({ example: '2026-03-10T13:00:04.120Z' }) checkedAt!: string;
  @ApiProperty() fromCache!: boolean;
}
