import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AnswerRecord } from '../domain/portability-state';
import type { DestinationOffer, RetentionOffer } from '../domain/terms';

export class OfferView {
  @ApiProperty({ example: '0.0159' }) monthlyRate!: string;
  @ApiProperty({ example: 60 }) termMonths!: number;
  @ApiProperty({ example: '262.10' }) installment!: string;
  @ApiProperty({ example: '0.2107', description: 'CET anual (fração)' }) annualCet!: string;

  static from(o: DestinationOffer): OfferView {
    return { monthlyRate: o.monthlyRate.toString(), termMonths: o.termMonths, installment: o.installment.toString(), annualCet: o.annualCet.toString() };
  }
}

export class RetentionOfferView {
  @ApiProperty({ example: '0.0169' }) monthlyRate!: string;
  @ApiProperty({ example: '280.00' }) installment!: string;
  @ApiProperty({ example: 60 }) termMonths!: number;

  static from(r: RetentionOffer): RetentionOfferView {
    return { monthlyRate: r.monthlyRate.toString(), installment: r.installment.toString(), termMonths: r.termMonths };
  }
}

export class AnswerView {
  @ApiProperty({ example: '10234.56', description: 'Saldo devedor a transferir' }) balance!: string;
  @ApiProperty({ example: '2025-03-05' }) balanceDate!: string;
  @ApiProperty({ example: 60 }) remainingInstallments!: number;
  @ApiProperty({ example: '310.00' }) installment!: string;
  @ApiProperty({ example: '0.0214' }) monthlyRate!: string;
  @ApiPropertyOptional({ type: RetentionOfferView, description: 'Contraproposta de retenção (a portabilidade segue PENDING)' }) retentionOffer?: RetentionOfferView;
  @ApiProperty() answeredAt!: string;
  @ApiPropertyOptional({ example: '2025-03-06', description: 'Último dia para a transferência (resposta final)' }) dueBalanceLimitDate?: string;

  static from(a: AnswerRecord): AnswerView {
    return {
      balance: a.balance.toString(),
      balanceDate: a.balanceDate.toString(),
      remainingInstallments: a.remainingInstallments,
      installment: a.installment.toString(),
      monthlyRate: a.monthlyRate.toString(),
      ...(a.retentionOffer ? { retentionOffer: RetentionOfferView.from(a.retentionOffer) } : {}),
      answeredAt: a.answeredAt.toISOString(),
      ...(a.dueBalanceLimitDate ? { dueBalanceLimitDate: a.dueBalanceLimitDate.toString() } : {}),
    };
  }
}
