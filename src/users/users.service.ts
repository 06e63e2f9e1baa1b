import { ConflictException, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { AppConfig } from '../config/app-config';
import { User } from './user.entity';
import { UserRepository } from './user.repository';

export interface NewUser {
  email: string;
  password: string;
  fullName?: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly config: AppConfig,
  ) {}

  /** bcrypt's async API runs on the libuv pool, never on the event loop. */
  async createUser(input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.findByEmail(email)) throw new ConflictException(`A user with email ${email} already exists.`);
    const hashedPassword = await bcrypt.hash(input.password, this.config.bcryptRounds);
    return this.users.save(this.users.create({ email, hashedPassword, fullName: input.fullName ?? null }));
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email);
  }

  countActive(): Promise<number> {
    return this.users.countActive();
  }
}
