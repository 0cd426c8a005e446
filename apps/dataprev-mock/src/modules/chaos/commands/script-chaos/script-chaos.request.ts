import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { DATAPREV_OPERATIONS, type DataprevOperation } from '../../domain/dataprev-operation';

/** "The next `failNext` calls of `operation` on `benefitNumber` fail with `status`." */
export class ScriptChaosRequest {
  @ApiProperty({ example: '1234567890' })
  @IsString()
  @Matches(/^\d{10}$/)
  benefitNumber!: string;

  @ApiProperty({ enum: DATAPREV_OPERATIONS })
  @IsIn(DATAPREV_OPERATIONS)
  operation!: DataprevOperation;

  @ApiProperty({ example: 2, description: '0 remove o roteiro' })
  @IsInt()
  @Min(0)
  @Max(1_000)
  failNext!: number;

  @ApiProperty({ oneOf: [{ type: 'integer', enum: [503, 500] }, { type: 'string', enum: ['timeout'] }], example: 503 })
  @IsIn([503, 500, '503', '500', 'timeout'])
  status!: 503 | 500 | '503' | '500' | 'timeout';
}
