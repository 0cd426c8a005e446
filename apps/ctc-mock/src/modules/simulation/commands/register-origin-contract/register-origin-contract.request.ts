import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CONTRACT_NUMBER_INPUT, ISPB_INPUT, MONEY_INPUT, parseAmount, parseCpf, parseRate, RATE_INPUT } from '../../../../shared/http/input';
import { RetentionOfferDto } from '../../../../shared/http/terms.dto';
import { ORIGIN_REJECTION_REASONS, type RejectionReason } from '../../../portability/domain/rejection-reason';
import { ORIGIN_BEHAVIOURS, type OriginBehaviour, type SimulatedContract } from '../../domain/simulated-bank';

const DELAY = { min: 0, max: 86_400_000 };

/** A contract at a simulated origin bank, and how the bank will treat a request for it. */
export class RegisterOriginContractRequest {
  @ApiProperty({ example: '99100001', description: 'ISPB do banco simulado (não pode ser de um participante)' }) @IsString() @Matches(ISPB_INPUT) ispb!: string;
  @ApiProperty({ example: 'CT-778' }) @IsString() @Matches(CONTRACT_NUMBER_INPUT) contractNumber!: string;
  @ApiProperty({ example: '52998224725' }) @IsString() @MaxLength(14) cpf!: string;
  @ApiProperty({ example: '10234.56' }) @IsString() @Matches(MONEY_INPUT) balance!: string;
  @ApiProperty({ example: 60 }) @IsInt() @Min(1) @Max(420) remainingInstallments!: number;
  @ApiProperty({ example: '310.00' }) @IsString() @Matches(MONEY_INPUT) installment!: string;
  @ApiProperty({ example: '0.0214' }) @IsString() @Matches(RATE_INPUT) monthlyRate!: string;

  @ApiProperty({ enum: ORIGIN_BEHAVIOURS, description: 'ANSWER, REFUSE (com refusalReason), RETAIN, SILENT, RETURN_FUNDS' })
  @IsIn(ORIGIN_BEHAVIOURS)
  behaviour!: OriginBehaviour;

  @ApiPropertyOptional({ enum: ORIGIN_REJECTION_REASONS, description: 'REFUSE: o motivo (padrão OUTROS; retenção é RETAIN)' })
  @IsOptional()
  @IsIn(ORIGIN_REJECTION_REASONS)
  refusalReason?: RejectionReason;

  @ApiPropertyOptional({ type: RetentionOfferDto, description: 'RETAIN: a contraproposta (padrão: 80% da taxa, 90% da parcela, mesmo prazo)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RetentionOfferDto)
  retentionOffer?: RetentionOfferDto;

  @ApiPropertyOptional({ example: 2000, description: 'Demora para responder (padrão CTC_SIMULATED_DELAY_MS)' }) @IsOptional() @IsInt() @Min(DELAY.min) @Max(DELAY.max) answerDelayMs?: number;
  @ApiPropertyOptional({ example: 2000, description: 'Demora para confirmar (ou devolver) a transferência' }) @IsOptional() @IsInt() @Min(DELAY.min) @Max(DELAY.max) settlementDelayMs?: number;
}

/** The contract in the domain's types; delays not given take the mock's default pace. */
export function toContract(body: RegisterOriginContractRequest, defaultDelayMs: number): SimulatedContract {
  const r = body.retentionOffer;
  return {
    ispb: body.ispb,
    contractNumber: body.contractNumber,
    cpf: parseCpf(body.cpf),
    balance: parseAmount(body.balance, 'balance'),
    remainingInstallments: body.remainingInstallments,
    installment: parseAmount(body.installment, 'installment'),
    monthlyRate: parseRate(body.monthlyRate, 'monthlyRate'),
    behaviour: body.behaviour,
    ...(body.behaviour === 'REFUSE' ? { refusalReason: body.refusalReason ?? 'OUTROS' } : {}),
    ...(r ? { retentionOffer: { monthlyRate: parseRate(r.monthlyRate, 'retentionOffer.monthlyRate'), installment: parseAmount(r.installment, 'retentionOffer.installment'), termMonths: r.termMonths } } : {}),
    answerDelayMs: body.answerDelayMs ?? defaultDelayMs,
    settlementDelayMs: body.settlementDelayMs ?? defaultDelayMs,
  };
}
