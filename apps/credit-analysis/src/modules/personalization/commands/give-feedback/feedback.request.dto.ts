import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { type Feedback, PRIORITIES, PRODUCT_IDS, type Priority, type ProductId } from '@consignado/profile';

/** The customer's feedback in seed 004's own words (RF2 "Feedback do cliente"); at least one kind. */
export class FeedbackRequestDto {
  @ApiPropertyOptional({ enum: PRIORITIES, description: 'O que mais importa: parcela menor, prazo curto, limite maior ou juros baixos' })
  @IsOptional() @IsIn(PRIORITIES) prioridade?: Priority;

  @ApiPropertyOptional({ enum: PRODUCT_IDS, isArray: true, description: 'Produtos que o cliente não quer' })
  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsIn(PRODUCT_IDS, { each: true }) produto_recusado?: ProductId[];

  @ApiPropertyOptional({ enum: PRODUCT_IDS, description: 'O produto que o cliente prefere' })
  @IsOptional() @IsIn(PRODUCT_IDS) produto_preferido?: ProductId;
}

export const feedbackOf = (b: FeedbackRequestDto | undefined): Feedback => ({
  ...(b?.prioridade ? { prioridade: b.prioridade } : {}),
  produto_recusado: [...new Set(b?.produto_recusado ?? [])],
  ...(b?.produto_preferido ? { produto_preferido: b.produto_preferido } : {}),
});

export const isEmptyFeedback = (f: Feedback): boolean => !f.prioridade && !f.produto_preferido && (f.produto_recusado ?? []).length === 0;
