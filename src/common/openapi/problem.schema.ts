import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** The OpenAPI shape of FieldError (problem-details.ts): one failed field of a validation problem. */
@ApiSchema({ name: 'FieldError' })
export class FieldErrorSchema {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'email must be a valid email address' }) message: string;
}

/** The OpenAPI shape of ProblemDetails (RFC 9457), shared by every problem response. */
@ApiSchema({ name: 'ProblemDetails', description: 'RFC 9457 problem details; further members (limit, scope, tier…) may be present.' })
export class ProblemDetailsSchema {
  @ApiProperty({
    type: String,
    format: 'uri',
    example: 'https://ai-error-translator.dev/problems/invalid-token',
    description: 'Stable URI naming the kind of problem; about:blank for plain HTTP failures',
  })
  type: string;
  @ApiProperty({ type: String, example: 'Unauthorized' }) title: string;
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 401 }) status: number;
  @ApiPropertyOptional({ type: String, example: 'The access token has expired.' }) detail?: string;
  @ApiPropertyOptional({ type: String, format: 'uri-reference', description: 'The request path, when the router refused it' }) instance?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Seconds to wait before retrying (also the Retry-After header)' })
  retry_after?: number;
  // Members some problems add (see the examples of each response).
  @ApiPropertyOptional({
    type: 'integer',
    description: 'The limit reached: requests per minute (rate-limited), translations per month (quota-exceeded), active keys (api-key-limit)',
  })
  limit?: number;
  @ApiPropertyOptional({ enum: ['api_key', 'user'], description: "rate-limited: whose budget, the API key's or the account's" }) scope?:
    'api_key' | 'user';
  @ApiPropertyOptional({ type: String, example: 'free', description: 'quota-exceeded, api-key-limit: the plan in force' }) tier?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'quota-exceeded: when the monthly quota resets' }) resets_at?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'answer-expired: when the answer was given' }) answered_at?: string;
  @ApiPropertyOptional({ type: Number, description: 'answer-expired: how many days feedback is taken' }) window_days?: number;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', properties: { status: { type: 'string' }, message: { type: 'string' } } },
    description: 'GET /health/ready: each check by name',
  })
  checks?: Record<string, unknown>;
}

/** A 400 naming each failed field. */
@ApiSchema({ name: 'ValidationProblem' })
export class ValidationProblemSchema extends ProblemDetailsSchema {
  @ApiProperty({ type: [FieldErrorSchema], description: 'The first 20 failed fields' }) errors: FieldErrorSchema[];
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'How many more failed fields were not listed' }) errors_omitted?: number;
}

export const PROBLEM_SCHEMAS = [FieldErrorSchema, ProblemDetailsSchema, ValidationProblemSchema];
