import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { RAIL_OPERATIONS, type RailOperation } from '../../domain/rail-operation';

/** "The next `failNext` calls of `operation` (on `subject`) fail with `status`." */
export class ScriptChaosRequest {
  @ApiProperty({ enum: RAIL_OPERATIONS })
  @IsIn(RAIL_OPERATIONS)
  operation!: RailOperation;

  @ApiPropertyOptional({ example: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', description: 'O transferId da transferência. Sem ele: qualquer chamada da operação' })
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
