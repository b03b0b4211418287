-- Notifications (issue #9): the outbox of messages to customers, written in the transaction of the event that causes
-- them, and sent by a worker; the marketers' templates per event and language; the language a customer is written
-- in. See docs/adr/0017-notifications.md and docs/notifications.md.

-- One message to one customer. id is the message id the providers see (Message-ID, JSON messageId) to drop a
-- duplicate after a crash between sending and marking sent. Channel, language, recipient, subject and body are
-- filled when the worker renders the message; until then params holds the event's values (URL-encoded pairs).
CREATE TABLE notification_message (
  id              BIGINT        NOT NULL,
  customer_id     BIGINT        NOT NULL,
  event_type      VARCHAR(30)   NOT NULL,
  params          VARCHAR(2000) NOT NULL,
  dedupe_key      VARCHAR(150)  NULL,
  parent_id       BIGINT        NULL,
  forced_channel  VARCHAR(10)   NULL,
  status          VARCHAR(20)   NOT NULL,
  channel         VARCHAR(10)   NULL,
  language        VARCHAR(5)    NULL,
  recipient       VARCHAR(200)  NULL,
  subject         VARCHAR(300)  NULL,
  body            TEXT          NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  last_error      VARCHAR(500)  NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  claimed_until   DATETIME(6)   NULL,
  created_at      DATETIME(6)   NOT NULL,
  sent_at         DATETIME(6)   NULL,
  opened_at       DATETIME(6)   NULL,
  cascade_done    BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- A repeated event (a re-run expiry notice for the same date, a replayed chunk) enqueues nothing twice.
CREATE UNIQUE INDEX ux_notification_message_dedupe ON notification_message (dedupe_key);
-- The worker's claim: due messages by status and time.
CREATE INDEX ix_notification_message_due ON notification_message (status, next_attempt_at);
-- The customer page: a customer's messages, newest first.
CREATE INDEX ix_notification_message_customer ON notification_message (customer_id, created_at);
-- The cascade: e-mails sent and not opened, by when they were sent.
CREATE INDEX ix_notification_message_cascade ON notification_message (channel, status, cascade_done, sent_at);

-- A message text per event and language, edited by marketers: subject and body for e-mail, short text for SMS and
-- push. Placeholders: {name}, {points}, {total}, {tier}, {date}, {payout}.
CREATE TABLE notification_template (
  event_type VARCHAR(30)   NOT NULL,
  language   VARCHAR(5)    NOT NULL,
  subject    VARCHAR(300)  NOT NULL,
  body       VARCHAR(4000) NOT NULL,
  short_text VARCHAR(500)  NOT NULL,
  updated_at DATETIME(6)   NULL,
  updated_by VARCHAR(100)  NULL,
  PRIMARY KEY (event_type, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The language a customer is written in when it is not the programme's default (Russian).
CREATE TABLE notification_language (
  customer_id BIGINT     NOT NULL,
  language    VARCHAR(5) NOT NULL,
  PRIMARY KEY (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO notification_template (event_type, language, subject, body, short_text) VALUES
  ('POINTS_CREDITED', 'ru', 'Вам начислено {points} баллов',
   'Здравствуйте, {name}!\n\nНа ваш счёт начислено {points} баллов. Теперь у вас {total} баллов — их можно потратить на следующие покупки.',
   'Начислено {points} баллов, всего {total}.'),
  ('POINTS_CREDITED', 'en', '{points} points credited',
   'Hello {name},\n\n{points} points have been credited to your account. You now have {total} points to spend on your next purchases.',
   '{points} points credited, {total} in total.'),
  ('POINTS_GRANTED', 'ru', 'Вам подарили {points} баллов',
   'Здравствуйте, {name}!\n\nВам подарили {points} баллов. Они действуют до {date}. Теперь у вас {total} баллов.',
   'Вам подарили {points} баллов до {date}. Всего {total}.'),
  ('POINTS_GRANTED', 'en', 'A gift of {points} points',
   'Hello {name},\n\nYou received a gift of {points} points, valid until {date}. You now have {total} points.',
   'A gift of {points} points, valid until {date}. {total} in total.'),
  ('POINTS_EXPIRING', 'ru', 'Скоро сгорят {points} баллов',
   'Здравствуйте, {name}!\n\n{points} баллов сгорят {date}. Успейте потратить их на покупки — всего у вас {total} баллов.',
   '{points} баллов сгорят {date}. Успейте потратить!'),
  ('POINTS_EXPIRING', 'en', '{points} points expire soon',
   'Hello {name},\n\n{points} of your points expire on {date}. Spend them before then — you have {total} points in total.',
   '{points} points expire on {date}. Spend them in time!'),
  ('TIER_UP', 'ru', 'Ваш новый уровень — {tier}',
   'Здравствуйте, {name}!\n\nПоздравляем: ваш уровень в программе теперь {tier}. Теперь вы получаете больше баллов за покупки.',
   'Поздравляем! Ваш уровень теперь {tier}.'),
  ('TIER_UP', 'en', 'You reached {tier}',
   'Hello {name},\n\nCongratulations: your programme tier is now {tier}, and your purchases earn more points.',
   'Congratulations! Your tier is now {tier}.'),
  ('PAYOUT_REQUESTED', 'ru', 'Заявка на выплату {points} баллов принята',
   'Здравствуйте, {name}!\n\nМы приняли вашу заявку № {payout} на выплату {points} баллов и сообщим о решении.',
   'Заявка № {payout} на выплату {points} баллов принята.'),
  ('PAYOUT_REQUESTED', 'en', 'Payout request for {points} points received',
   'Hello {name},\n\nWe received your payout request no. {payout} for {points} points and will let you know the decision.',
   'Payout request no. {payout} for {points} points received.'),
  ('PAYOUT_PAID', 'ru', 'Выплата {points} баллов одобрена',
   'Здравствуйте, {name}!\n\nВаша заявка № {payout} на выплату {points} баллов одобрена, деньги отправлены.',
   'Выплата № {payout} на {points} баллов одобрена.'),
  ('PAYOUT_PAID', 'en', 'Payout of {points} points approved',
   'Hello {name},\n\nYour payout request no. {payout} for {points} points was approved and the money is on its way.',
   'Payout no. {payout} for {points} points approved.'),
  ('PAYOUT_REJECTED', 'ru', 'Выплата {points} баллов отклонена',
   'Здравствуйте, {name}!\n\nЗаявка № {payout} на выплату {points} баллов отклонена, баллы вернулись на ваш счёт. Всего у вас {total} баллов.',
   'Выплата № {payout} отклонена, {points} баллов вернулись на счёт.'),
  ('PAYOUT_REJECTED', 'en', 'Payout of {points} points rejected',
   'Hello {name},\n\nPayout request no. {payout} for {points} points was rejected; the points are back in your account. You have {total} points.',
   'Payout no. {payout} rejected, {points} points are back in your account.');
