import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';

export class LiveResponse {
  @ApiProperty({ enum: ['ok'], example: 'ok' }) status: 'ok';
}

/** Each check by name: its status and, when degraded or down, why. */
function checks(example: Record<string, unknown>): ApiPropertyOptions {
  return {
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { status: { type: 'string', example: 'up' }, message: { type: 'string' } },
      required: ['status'],
    },
    example,
  };
}

const UP = { database: { status: 'up' }, migrations: { status: 'up' } };

/** Terminus's report (Redis and read replicas degrade it, never fail it). */
export class ReadyResponse {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiPropertyOptional(checks(UP)) info?: Record<string, unknown>;
  @ApiPropertyOptional(checks({})) error?: Record<string, unknown>;
  @ApiProperty(checks(UP)) details: Record<string, unknown>;
}
