import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MONEY_INPUT } from '@consignado/service-kit';

const RATE_INPUT = /^0(\.\d{1,6})?$/;
const money = (description: string) => ApiPropertyOptional({ example: '1500.00', description });

/** A loan at another institution (seed 004 `emprestimos_ativos`), as the customer states it. */
export class ExternalLoanDto {
  @ApiPropertyOptional({ example: 'Banco Exemplo' }) @IsOptional() @IsString() @MaxLength(100) institution?: string;
  @money('Parcela mensal') @IsString() @Matches(MONEY_INPUT) installment!: string;
  @money('Saldo devedor') @IsOptional() @IsString() @Matches(MONEY_INPUT) balance?: string;
  @ApiPropertyOptional({ example: '0.0450', description: 'Taxa mensal (fração)' }) @IsOptional() @IsString() @Matches(RATE_INPUT) monthlyRate?: string;
  @ApiPropertyOptional({ example: 40, description: 'Parcelas restantes' }) @IsOptional() @IsInt() @Min(1) @Max(480) remainingInstallments?: number;
  @ApiPropertyOptional({ example: '60746948', description: 'ISPB da instituição de origem (consignado a portar)' }) @IsOptional() @IsString() @Matches(/^[0-9]{8}$/) originInstitutionIspb?: string;
  @ApiPropertyOptional({ example: 'CTR-2024-000123', description: 'Número do contrato na origem' }) @IsOptional() @IsString() @MaxLength(64) @Matches(/\S/) originContractNumber?: string;
}

/**
 * What the request adds to what the platform knows (seed 004 RF1 input). Every field is optional:
 * what neither side knows is reported in `campos_faltantes` with `dados_suficientes=false`.
 */
export class ComputeProfileRequestDto {
  @money('Renda mensal bruta (substitui a da última proposta)') @IsOptional() @IsString() @Matches(MONEY_INPUT) grossMonthlyIncome?: string;
  @money('Despesas mensais') @IsOptional() @IsString() @Matches(MONEY_INPUT) monthlyExpenses?: string;
  @money('Limite total dos cartões') @IsOptional() @IsString() @Matches(MONEY_INPUT) cardLimitTotal?: string;
  @money('Saldo devedor dos cartões') @IsOptional() @IsString() @Matches(MONEY_INPUT) cardBalance?: string;
  @money('Limite total estimado (seed: limite_total_estimada)') @IsOptional() @IsString() @Matches(MONEY_INPUT) estimatedCardLimit?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() formalIncome?: boolean;
  @ApiPropertyOptional({ example: 36 }) @IsOptional() @IsInt() @Min(0) @Max(720) employmentMonths?: number;
  @ApiPropertyOptional({ type: [ExternalLoanDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ExternalLoanDto) externalLoans?: ExternalLoanDto[];
  @ApiPropertyOptional({ type: [Number], description: 'Dias de atraso de cada parcela paga em outras instituições (0 = em dia)' })
  @IsOptional() @IsArray() @ArrayMaxSize(240) @IsInt({ each: true }) @Min(0, { each: true }) @Max(3650, { each: true }) externalPaymentRecords?: number[];
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(100) creditInquiries6m?: number;
  @ApiPropertyOptional({ example: 0 }) @IsOptional() @IsInt() @Min(0) @Max(100) defaults5y?: number;
}
