import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';

/** PUT /admin/chaos of a mock: a partial change of the chaos settings; absent fields keep their value. */
export class UpdateChaosRequest {
  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  latencyMinMs?: number;

  @ApiPropertyOptional({ example: 50 })
  @IsOptional()
  @IsInt()
  @Min(0)
  latencyMaxMs?: number;

  @ApiPropertyOptional({ example: 0.1, description: 'Fração das chamadas respondidas com 503 (0..1)' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  failureRate?: number;

  @ApiPropertyOptional({ example: ['every 60s for 10s', '22:00-06:00'], description: 'Janelas de indisponibilidade (horário de Brasília); [] remove todas' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  outages?: string[];

  @ApiPropertyOptional({ example: false, description: 'Indisponível agora, até voltar a false' })
  @IsOptional()
  @IsBoolean()
  unavailable?: boolean;

  @ApiPropertyOptional({ example: 42, description: 'Nova semente do gerador pseudoaleatório (reprodutível)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4_294_967_295)
  seed?: number;
}
