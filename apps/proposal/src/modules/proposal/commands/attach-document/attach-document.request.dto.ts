import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { DOCUMENT_KINDS, DOCUMENT_MAX_BASE64, DOCUMENT_MIME_TYPES, type DocumentKind } from '../../domain/documents';

export class AttachDocumentRequestDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiProperty({ description: 'The file in Base64, at most 2 MB decoded' })
  @IsString()
  @MaxLength(DOCUMENT_MAX_BASE64)
  contentBase64!: string;

  @ApiProperty({ enum: DOCUMENT_MIME_TYPES })
  @IsIn(DOCUMENT_MIME_TYPES)
  mimeType!: string;
}
