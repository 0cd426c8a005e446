import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class ReadFeedQuery {
  @ApiPropertyOptional({ example: '0', description: 'Cursor do último recebido; 0 (padrão) lê desde o início' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,18}$/)
  after?: string;

  @ApiPropertyOptional({ example: 100, description: '1 a 500 (padrão 100)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
