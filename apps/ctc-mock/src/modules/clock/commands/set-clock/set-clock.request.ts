import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, ValidateIf } from 'class-validator';

export class SetClockRequest {
  @ApiProperty({ example: '2025-03-12', nullable: true, description: 'A data do CTC; null volta à data do sistema (America/Sao_Paulo)' })
  @ValidateIf((body: SetClockRequest) => body.today !== null)
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  today!: string | null;
}
