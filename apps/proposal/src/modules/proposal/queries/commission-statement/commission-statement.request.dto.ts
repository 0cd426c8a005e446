import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsString, Matches } from 'class-validator';
import { DATE_INPUT } from '../../../../shared/input-patterns';

/** The statement's period: Brazilian civil dates, both inclusive, both required (at most 366 days). */
export class CommissionStatementQueryDto {
  @ApiProperty({ example: '2026-03-01', description: 'First day (AAAA-MM-DD or DD/MM/AAAA), inclusive' })
  @IsDefined()
  @IsString()
  @Matches(DATE_INPUT)
  from!: string;

  @ApiProperty({ example: '2026-03-31', description: 'Last day (AAAA-MM-DD or DD/MM/AAAA), inclusive' })
  @IsDefined()
  @IsString()
  @Matches(DATE_INPUT)
  to!: string;
}
