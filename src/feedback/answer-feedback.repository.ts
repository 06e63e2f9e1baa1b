import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { AnswerFeedback } from './answer-feedback.entity';

export interface NewRating {
  userId: string;
  answerId: string;
  language: string;
  errorType: string;
  patternId: string | null;
  helpful: boolean;
  comment: string | null;
  answeredAt: Date;
}

export interface StoredRating extends NewRating {
  createdAt: Date;
  updatedAt: Date;
  /** True when this call created the row, false when it replaced an earlier rating. */
  created: boolean;
}

/** Ratings per language and error type over a window, with the latest comments. */
export interface FeedbackSummary {
  language: string;
  errorType: string;
  helpful: number;
  notHelpful: number;
  latestComments: Array<{ comment: string; helpful: boolean; at: Date }>;
}

@Injectable()
export class AnswerFeedbackRepository extends Repository<AnswerFeedback> {
  constructor(dataSource: DataSource) {
    super(AnswerFeedback, dataSource.createEntityManager());
  }

  /** Inserts the rating, or replaces the user's earlier rating of the same answer: one statement. */
  async upsertRating(rating: NewRating): Promise<StoredRating> {
    const [row] = await this.manager.query<Array<Record<string, unknown>>>(UPSERT, [
      rating.userId,
      rating.answerId,
      rating.language,
      rating.errorType,
      rating.patternId,
      rating.helpful,
      rating.comment,
      rating.answeredAt,
    ]);
    return {
      ...rating,
      helpful: row.helpful as boolean,
      comment: row.comment as string | null,
      createdAt: row.created_at as Date,
      updatedAt: row.updated_at as Date,
      created: row.created as boolean,
    };
  }

  /** Ratings given or changed in the last `days` days, per language and error type, most rated first. */
  async summary(days: number, commentsPerType: number): Promise<FeedbackSummary[]> {
    const rows: Array<Record<string, unknown>> = await this.manager.query(SUMMARY, [days, commentsPerType]);
    return rows.map((row) => ({
      language: row.language as string,
      errorType: row.error_type as string,
      helpful: Number(row.helpful),
      notHelpful: Number(row.not_helpful),
      latestComments: ((row.latest_comments as Array<{ comment: string; helpful: boolean; at: string }> | null) ?? []).map((entry) => ({
        comment: entry.comment,
        helpful: entry.helpful,
        at: new Date(entry.at),
      })),
    }));
  }
}

// xmax = 0 only on a row this statement inserted (an updated row version carries our xid).
const UPSERT = `
  INSERT INTO answer_feedback AS f (user_id, answer_id, language, error_type, pattern_id, helpful, comment, answered_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (user_id, answer_id) DO UPDATE
     SET helpful = excluded.helpful, comment = excluded.comment, updated_at = now()
  RETURNING f.helpful, f.comment, f.created_at, f.updated_at, (f.xmax = 0) AS created`;

const SUMMARY = `
  WITH recent AS (
    SELECT language, error_type, helpful, comment, updated_at
      FROM answer_feedback
     WHERE updated_at >= now() - make_interval(days => $1::int)
  ), counts AS (
    SELECT language, error_type,
           COUNT(*) FILTER (WHERE helpful)::int AS helpful,
           COUNT(*) FILTER (WHERE NOT helpful)::int AS not_helpful
      FROM recent
     GROUP BY language, error_type
  ), comments AS (
    SELECT language, error_type,
           json_agg(json_build_object('comment', comment, 'helpful', helpful, 'at', updated_at) ORDER BY updated_at DESC) AS latest_comments
      FROM (SELECT *, row_number() OVER (PARTITION BY language, error_type ORDER BY updated_at DESC) AS n
              FROM recent WHERE comment IS NOT NULL) numbered
     WHERE n <= $2::int
     GROUP BY language, error_type
  )
  SELECT counts.language, counts.error_type, counts.helpful, counts.not_helpful, comments.latest_comments
    FROM counts LEFT JOIN comments USING (language, error_type)
   ORDER BY counts.helpful + counts.not_helpful DESC, counts.language, counts.error_type`;
