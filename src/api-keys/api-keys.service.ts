import { Injectable } from '@nestjs/common';
import { ApiKeyRepository } from './api-key.repository';

@Injectable()
export class ApiKeysService {
  constructor(private readonly keys: ApiKeyRepository) {}

  countForUser(userId: string): Promise<{ active: number; total: number }> {
    return this.keys.countForUser(userId);
  }

  cleanupExpired(): Promise<number> {
    return this.keys.cleanupExpiredKeys();
  }
}
