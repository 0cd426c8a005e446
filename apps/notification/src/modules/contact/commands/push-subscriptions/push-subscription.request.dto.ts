import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class PushKeysDto {
  @ApiProperty({ description: 'P-256 public key of the subscription, base64url (PushSubscription.getKey("p256dh"))' })
  @IsString()
  @MaxLength(100)
  p256dh!: string;

  @ApiProperty({ description: '16-byte auth secret, base64url' })
  @IsString()
  @MaxLength(50)
  auth!: string;
}

/** A W3C PushSubscription as `toJSON()` gives it (expirationTime ignored). */
export class RegisterPushSubscriptionDto {
  @ApiProperty({ example: 'https://fcm.googleapis.com/fcm/send/…', description: 'The push service endpoint; only the allowed push services (PUSH_ALLOWED_ORIGINS)' })
  @IsString()
  @MaxLength(2048)
  endpoint!: string;

  @ApiProperty({ type: PushKeysDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PushKeysDto)
  keys!: PushKeysDto;

  /** `toJSON()` always has it (null, or when the push service expires the subscription): accepted, not kept. */
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Ignored: as PushSubscription.toJSON() gives it' })
  @IsOptional()
  @IsNumber()
  expirationTime?: number | null;
}
