import { Module } from '@nestjs/common';
import { TokenBlacklistRepository } from './token-blacklist.repository';
import { TokenBlacklistService } from './token-blacklist.service';

@Module({
  providers: [TokenBlacklistRepository, TokenBlacklistService],
  exports: [TokenBlacklistService],
})
export class AuthModule {}
