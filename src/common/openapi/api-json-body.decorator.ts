import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBody, ApiExtraModels, getSchemaPath } from '@nestjs/swagger';

/** The JSON request body of a route: its DTO's schema and a whole example a caller can send as is. */
export function ApiJsonBody<T>(
  dto: Type<T>,
  example: Partial<Record<keyof T, unknown>>,
  options: { description?: string; required?: boolean } = {},
): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(dto),
    ApiBody({
      schema: { $ref: getSchemaPath(dto) },
      examples: { example: { summary: 'Example', value: example } },
      required: options.required ?? true,
      ...(options.description ? { description: options.description } : {}),
    }),
  );
}
