import type { PipeTransform } from '@nestjs/common';
import { ProblemException } from './problem.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that must be a UUID: anything else is a 400 naming the parameter, never a database error. */
export class UuidParam implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw ProblemException.validation([{ field: this.name, message: `${this.name} must be a UUID` }]);
    return value.toLowerCase();
  }
}
