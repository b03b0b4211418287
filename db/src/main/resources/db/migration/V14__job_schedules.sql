-- When the scheduled jobs run (issue #7): a Spring cron expression per job, kept with the programme's settings and
-- edited by an administrator on the Jobs page. last_checked_at is the moment up to which the scheduler has looked
-- for due runs. See docs/adr/0015-scheduled-jobs.md.
CREATE TABLE job_schedule (
  job_name        VARCHAR(50)  NOT NULL,
  cron            VARCHAR(100) NOT NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  last_checked_at DATETIME(6)  NULL,
  updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (job_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO job_schedule (job_name, cron) VALUES
  ('settlement', '0 0 3 * * *'),
  ('expiry', '0 30 3 * * *'),
  ('tiers', '0 0 4 * * *'),
  ('rfm', '0 30 4 * * *');

-- ShedLock's lock table: with several instances of the application, one of them checks the schedules at a time.
CREATE TABLE shedlock (
  name       VARCHAR(64)  NOT NULL,
  lock_until TIMESTAMP(3) NOT NULL,
  locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  locked_by  VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
