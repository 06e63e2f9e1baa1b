import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Errors the rules engine did not recognise, counted per fingerprint and UTC day (see
 * fingerprint.ts): the masked first line, never the text, and no user. Written in batches by the
 * UnknownErrorRecorder (count = count + the batch's count), read by `manage-db unknown-errors`,
 * deleted after UNKNOWN_ERRORS_RETENTION_DAYS by the scheduled clean-up.
 */
@Entity({ name: 'unknown_errors' })
export class UnknownError {
  /** SHA-256 (hex) of the language and the masked line. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  fingerprint: string;

  /** The UTC calendar day, as `YYYY-MM-DD`. */
  @Index('IDX_unknown_errors_day')
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'varchar', length: 20 })
  language: string;

  /** The masked first meaningful line (at most 160 characters). */
  @Column({ name: 'masked_line', type: 'varchar', length: 200 })
  maskedLine: string;

  /** bigint: an addition that overflows would fail its batch on every retry. */
  @Column({ type: 'bigint' })
  count: string;

  @Column({ name: 'first_seen', type: 'timestamptz' })
  firstSeen: Date;

  @Column({ name: 'last_seen', type: 'timestamptz' })
  lastSeen: Date;
}
