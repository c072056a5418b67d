export { loadMailConfig, DEFAULT_MAIL_FROM, type MailConfig } from './mail-config';
export { enqueueMail, MAIL_KINDS, type MailKind, type MailParams, type MailRequest, type OutboxDoc } from './outbox';
export { startMailSender, retryDelay, type MailSender } from './mail-sender';
export { renderMail } from './render-mail';
export { sealingKey } from './seal';
export { startDevMailbox, type CaughtMail, type DevMailbox } from './dev-mailbox/dev-mailbox';
export { createMailer, type Mailer } from './mailer';
