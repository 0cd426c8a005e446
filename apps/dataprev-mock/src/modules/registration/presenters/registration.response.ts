import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Registration } from '../domain/registration';
import { AlteracaoResponse } from './alteration.response';

const SITUACAO = { ACTIVE: 'ATIVA', CANCELLED: 'CANCELADA' } as const;

export class AverbacaoResponse {
  @ApiProperty({ example: 'DTP-2025-000000123' }) protocolo!: string;
  @ApiProperty({ enum: ['ATIVA', 'CANCELADA'] }) situacao!: string;
  @ApiProperty() contratoId!: string;
  @ApiProperty({ example: '1234567890' }) numeroBeneficio!: string;
  @ApiProperty({ example: '311.36', description: 'Parcela em vigor (após as alterações)' }) valorParcela!: string;
  @ApiProperty({ example: 48, description: 'Quantidade de parcelas em vigor' }) quantidadeParcelas!: number;
  @ApiProperty({ example: '2025-03-10' }) dataInicioDesconto!: string;
  @ApiProperty({ enum: ['NOVO', 'REFINANCIAMENTO', 'PORTABILIDADE'] }) tipoOperacao!: string;
  @ApiPropertyOptional() contratoRefinanciadoId?: string;
  @ApiPropertyOptional({ example: '60746948' }) instituicaoOrigemIspb?: string;
  @ApiPropertyOptional({ example: 'CTR-000123456' }) contratoOrigem?: string;
  @ApiProperty({ example: '2025-02-10T13:20:07.000Z' }) averbadaEm!: string;
  @ApiPropertyOptional() canceladaEm?: string;
  @ApiProperty({ type: [AlteracaoResponse], description: 'Alterações, da mais antiga à mais recente' }) alteracoes!: AlteracaoResponse[];

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
      ...(s.portabilityOrigin ? { instituicaoOrigemIspb: s.portabilityOrigin.institutionIspb, contratoOrigem: s.portabilityOrigin.contractNumber } : {}),
      averbadaEm: s.registeredAt.toISOString(),
      ...(s.cancelledAt ? { canceladaEm: s.cancelledAt.toISOString() } : {}),
      alteracoes: s.alterations.map((a) => AlteracaoResponse.from(a)),
    };
  }
}

export class AverbacoesResponse {
  @ApiProperty({ example: '1234567890' }) numeroBeneficio!: string;
  @ApiProperty({ type: [AverbacaoResponse], description: 'Averbações ativas' }) averbacoes!: AverbacaoResponse[];
}
