import { Module } from '@nestjs/common';
import { UserCacheService } from './user-cache.service';
import { UserRepository } from './user.repository';
import { UsersController } from './users.controller';
import { PasswordHasher } from './password-hasher.service';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [UserRepository, UserCacheService, PasswordHasher, UsersService],
  exports: [UsersService],
})
export class UsersModule {}
