import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Registration } from '../domain/registration';

const SITUACAO = { ACTIVE: 'ATIVA', CANCELLED: 'CANCELADA' } as const;

export class AverbacaoResponse {
  @ApiProperty({ example: 'DTP-2025-000000123' }) protocolo!: string;
  @ApiProperty({ enum: ['ATIVA', 'CANCELADA'] }) situacao!: string;
  @ApiProperty() contratoId!: string;
  @ApiProperty({ example: '1234567890' }) numeroBeneficio!: string;
  @ApiProperty({ example: '311.36' }) valorParcela!: string;
  @ApiProperty({ example: 48 }) quantidadeParcelas!: number;
  @ApiProperty({ example: '2025-03-10' }) dataInicioDesconto!: string;
  @ApiProperty({ enum: ['NOVO', 'REFINANCIAMENTO', 'PORTABILIDADE'] }) tipoOperacao!: string;
  @ApiPropertyOptional() contratoRefinanciadoId?: string;
  @ApiProperty({ example: '2025-02-10T13:20:07.000Z' }) averbadaEm!: string;
  @ApiPropertyOptional() canceladaEm?: string;

  static from(registration: Registration): AverbacaoResponse {
    const s = registration.snapshot;
    return {
      protocolo: s.protocol,
      situacao: SITUACAO[s.status],
      contratoId: s.contractId,
      numeroBeneficio: s.benefitNumber,
      valorParcela: s.installment.toString(),
      quantidadeParcelas: s.termMonths,
      dataInicioDesconto: s.firstDeductionDate.toString(),
      tipoOperacao: s.operationType,
      ...(s.refinancedContractId ? { contratoRefinanciadoId: s.refinancedContractId } : {}),
      averbadaEm: s.registeredAt.toISOString(),
      ...(s.cancelledAt ? { canceladaEm: s.cancelledAt.toISOString() } : {}),
    };
  }
}

export class AverbacoesResponse {
  @ApiProperty({ example: '1234567890' }) numeroBeneficio!: string;
  @ApiProperty({ type: [AverbacaoResponse], description: 'Averbações ativas' }) averbacoes!: AverbacaoResponse[];
}
