import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { MONEY_INPUT, parseAmount, parseDate, parseRate, RATE_INPUT } from '../../../../shared/http/input';
import { RetentionOfferDto } from '../../../../shared/http/terms.dto';
import type { OriginAnswer } from '../../domain/terms';

/** The origin's answer: the balance to transfer and the contract's terms, maybe a retention offer. */
export class AnswerBalanceRequest {
  @ApiProperty({ example: '10234.56', description: 'Saldo devedor atualizado' })
  @IsString()
  @Matches(MONEY_INPUT)
  balance!: string;

  @ApiProperty({ example: '2025-03-05' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  balanceDate!: string;

  @ApiProperty({ example: 60 })
  @IsInt()
  @Min(1)
  @Max(420)
  remainingInstallments!: number;

  @ApiProperty({ example: '310.00' })
  @IsString()
  @Matches(MONEY_INPUT)
  installment!: string;

  @ApiProperty({ example: '0.0214' })
  @IsString()
  @Matches(RATE_INPUT)
  monthlyRate!: string;

  @ApiPropertyOptional({ type: RetentionOfferDto, description: 'Contraproposta: a portabilidade segue PENDING até a recusa RETENCAO_DO_CLIENTE ou a resposta final' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RetentionOfferDto)
  retentionOffer?: RetentionOfferDto;
}

/** The answer in the domain's types (amounts, rates and dates never as floats). */
export function answerOf(body: AnswerBalanceRequest): OriginAnswer {
  const r = body.retentionOffer;
  return {
    balance: parseAmount(body.balance, 'balance'),
    balanceDate: parseDate(body.balanceDate, 'balanceDate'),
    remainingInstallments: body.remainingInstallments,
    installment: parseAmount(body.installment, 'installment'),
    monthlyRate: parseRate(body.monthlyRate, 'monthlyRate'),
    ...(r ? { retentionOffer: { monthlyRate: parseRate(r.monthlyRate, 'retentionOffer.monthlyRate'), installment: parseAmount(r.installment, 'retentionOffer.installment'), termMonths: r.termMonths } } : {}),
  };
}
