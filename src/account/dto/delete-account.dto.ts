import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class DeleteAccountDto {
  @ApiProperty({ description: 'Your current password: deleting the account needs it even with a valid session.' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}
