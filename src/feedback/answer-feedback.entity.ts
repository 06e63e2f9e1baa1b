import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One user's rating of one answer of POST /translate (POST /translate/feedback). The answer
 * itself is not stored anywhere: what it was about (language, error type, pattern) comes from its
 * signed answer id. Rating the same answer again updates the row. Ratings go with their user.
 */
@Entity({ name: 'answer_feedback' })
@Index('IDX_answer_feedback_user_answer', ['userId', 'answerId'], { unique: true })
export class AnswerFeedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The answer id as issued (canonical: one spelling per answer). */
  @Column({ name: 'answer_id', type: 'varchar', length: 400 })
  answerId: string;

  @Column({ type: 'varchar', length: 20 })
  language: string;

  @Column({ name: 'error_type', type: 'varchar', length: 200 })
  errorType: string;

  /** The knowledge-base pattern that answered; null when only the generic answer applied. */
  @Column({ name: 'pattern_id', type: 'varchar', length: 100, nullable: true })
  patternId: string | null;

  @Column({ type: 'boolean' })
  helpful: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  /** When the answer was given (from its id). */
  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The latest rating's time: the window `manage-db feedback --days N` looks at. */
  @Index('IDX_answer_feedback_updated_at')
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
