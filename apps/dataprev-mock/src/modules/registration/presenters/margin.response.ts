import { ApiProperty } from '@nestjs/swagger';
import type { Beneficiary } from '../../beneficiary/domain/beneficiary';
import type { MarginBalance, MarginStatement } from '../domain/margin-statement';

export class BeneficioResponse {
  @ApiProperty({ example: '1234567890' }) numero!: string;
  @ApiProperty({ example: 'APOSENTADORIA_POR_IDADE', description: 'Espécie do benefício' }) tipoCredito!: string;
  @ApiProperty({ example: '2000.00', description: 'Valor em reais, texto com duas casas' }) valorBeneficio!: string;
  @ApiProperty({ example: '2020-01-15' }) dataInicio!: string;

  static from(b: Beneficiary): BeneficioResponse {
    return { numero: b.benefitNumber, tipoCredito: b.kind, valorBeneficio: b.value.toString(), dataInicio: b.startDate.toString() };
  }
}

export class SaldoMargemResponse {
  @ApiProperty({ example: '700.00' }) limite!: string;
  @ApiProperty({ example: '200.00' }) utilizado!: string;
  @ApiProperty({ example: '500.00' }) disponivel!: string;

  static from(b: MarginBalance): SaldoMargemResponse {
    return { limite: b.limit.toString(), utilizado: b.used.toString(), disponivel: b.available.toString() };
  }
}

export class MargensResponse {
  @ApiProperty({ description: 'Empréstimo pessoal consignado (35%)' }) pessoal!: SaldoMargemResponse;
  @ApiProperty({ description: 'Cartão de crédito consignado (5%)' }) cartao!: SaldoMargemResponse;
  @ApiProperty({ description: 'Cartão benefício (5%)' }) cartaoBeneficio!: SaldoMargemResponse;
}

/** Seed 003 §5.1 "Dados Retornados", with amounts as decimal strings instead of floats. */
export class MargemResponse {
  @ApiProperty() beneficio!: BeneficioResponse;
  @ApiProperty() margem!: MargensResponse;
  @ApiProperty({ example: [], description: 'Restrições, ex.: BLOQUEADO_PARA_EMPRESTIMO' }) restricoes!: string[];
  @ApiProperty({ example: '2025-02-10T13:00:04.120Z' }) consultadoEm!: string;

  static from(beneficiary: Beneficiary, statement: MarginStatement, at: Date): MargemResponse {
    return {
      beneficio: BeneficioResponse.from(beneficiary),
      margem: {
        pessoal: SaldoMargemResponse.from(statement.loan),
        cartao: SaldoMargemResponse.from(statement.card),
        cartaoBeneficio: SaldoMargemResponse.from(statement.benefitCard),
      },
      restricoes: [...beneficiary.restrictions],
      consultadoEm: at.toISOString(),
    };
  }
}
