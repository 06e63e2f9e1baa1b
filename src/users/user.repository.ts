import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UserRepository extends Repository<User> {
  constructor(dataSource: DataSource) {
    super(User, dataSource.createEntityManager());
  }

  /** Emails are stored lower-case, so this is a plain index lookup on users(email). */
  findByEmail(email: string): Promise<User | null> {
    return this.findOneBy({ email: email.trim().toLowerCase() });
  }

  /** The hash is never selected unless asked for (select: false on the column). */
  findWithPasswordByEmail(email: string): Promise<User | null> {
    return this.createQueryBuilder('user').addSelect('user.hashedPassword').where('user.email = :email', { email }).getOne();
  }

  findWithPasswordById(id: string): Promise<User | null> {
    return this.createQueryBuilder('user').addSelect('user.hashedPassword').where('user.id = :id', { id }).getOne();
  }

  /** The seed's monitoring query: active users. */
  countActive(): Promise<number> {
    return this.countBy({ isActive: true });
  }
}
