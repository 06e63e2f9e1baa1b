import { Module } from '@nestjs/common';
import { UserCacheService } from './user-cache.service';
import { UserRepository } from './user.repository';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [UserRepository, UserCacheService, UsersService],
  exports: [UsersService],
})
export class UsersModule {}
