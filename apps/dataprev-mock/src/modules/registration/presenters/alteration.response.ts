import { ApiProperty } from '@nestjs/swagger';
import { ALTERATION_REASONS, type Alteration } from '../domain/alteration';

/** One entry of a registration's alteration history, oldest first. */
export class AlteracaoResponse {
  @ApiProperty({ example: '311.36' }) valorParcelaAnterior!: string;
  @ApiProperty({ example: 48 }) quantidadeParcelasAnterior!: number;
  @ApiProperty({ example: '250.00' }) valorParcela!: string;
  @ApiProperty({ example: 48 }) quantidadeParcelas!: number;
  @ApiProperty({ enum: ALTERATION_REASONS }) motivo!: string;
  @ApiProperty({ example: '2025-06-10T13:20:07.000Z' }) alteradaEm!: string;

  static from(a: Alteration): AlteracaoResponse {
    return {
      valorParcelaAnterior: a.previousInstallment.toString(),
      quantidadeParcelasAnterior: a.previousTermMonths,
      valorParcela: a.installment.toString(),
      quantidadeParcelas: a.termMonths,
      motivo: a.reason,
      alteradaEm: a.alteredAt.toISOString(),
    };
  }
}
