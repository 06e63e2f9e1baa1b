import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Account mails; AppConfig comes from the global ConfigModule. */
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
