import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { User } from '../users/user.entity';
import { EXPORT_SECTIONS, type ExportContext, type ExportSection } from './export-sections';

/** The export's format id: a reader can tell versions apart should the layout ever change. */
export const EXPORT_FORMAT = 'aet-account-export/1';

/**
 * GET /users/me/export: the user's data as one JSON document, written piece by piece. The user is
 * looked up before anything is sent, so a deleted account or an unreachable database is still a
 * proper problem answer; once the body has started, a failure can only cut it short (the client
 * sees a truncated chunked body, never a document that parses).
 */
@Injectable()
export class AccountExportService {
  constructor(private readonly db: DataSource) {}

  async open(userId: string, days: number | null): Promise<AsyncIterable<string>> {
    if (!(await this.db.manager.existsBy(User, { id: userId }))) {
      throw ProblemException.of(401, ProblemType.invalidToken, 'The account does not exist or is disabled.');
    }
    return this.write({ db: this.db, userId, days }, EXPORT_SECTIONS);
  }

  private async *write(context: ExportContext, sections: ExportSection[]): AsyncIterable<string> {
    const head = { format: EXPORT_FORMAT, exported_at: new Date().toISOString(), usage_logs_days: context.days };
    yield JSON.stringify(head).slice(0, -1);
    for (const section of sections) yield* this.section(context, section);
    yield '}\n';
  }

  private async *section(context: ExportContext, section: ExportSection): AsyncIterable<string> {
    const key = `,${JSON.stringify(section.name)}:`;
    if ('value' in section) {
      yield key + JSON.stringify(await section.value(context));
      return;
    }
    let started = false;
    for await (const page of section.pages(context)) {
      if (page.length === 0) continue;
      // One chunk per page, each item stringified alone: the array is never built whole.
      yield (started ? ',' : `${key}[`) + page.map((item) => JSON.stringify(item)).join(',');
      started = true;
    }
    yield started ? ']' : `${key}[]`;
  }
}
