import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CTC_OPERATIONS, type CtcOperation } from '../../domain/ctc-operation';

/** "The next `failNext` calls of `operation` (on `subject`) fail with `status`." */
export class ScriptChaosRequest {
  @ApiProperty({ enum: CTC_OPERATIONS })
  @IsIn(CTC_OPERATIONS)
  operation!: CtcOperation;

  @ApiPropertyOptional({ example: '202502280000000000424', description: 'NU; no REQUEST o número do contrato na origem; no READ_FEED o ISPB. Sem ele: qualquer chamada da operação' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9./-]{1,40}$/)
  subject?: string;

  @ApiProperty({ example: 2, description: '0 remove o roteiro' })
  @IsInt()
  @Min(0)
  @Max(1_000)
  failNext!: number;

  @ApiProperty({ oneOf: [{ type: 'integer', enum: [503, 500] }, { type: 'string', enum: ['timeout'] }], example: 503 })
  @IsIn([503, 500, '503', '500', 'timeout'])
  status!: 503 | 500 | '503' | '500' | 'timeout';
}
