package io.kopilka.programme.internal;

import static io.kopilka.db.Tables.JOB_SCHEDULE;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.programme.InvalidProgrammeSettingsException;
import io.kopilka.programme.JobSchedule;
import io.kopilka.programme.JobSchedules;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JooqJobSchedules implements JobSchedules {

    private static final int MAX_CRON = 100;

    private final DSLContext db;
    private final AuditLog audit;

    JooqJobSchedules(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    public List<JobSchedule> all() {
        return db.selectFrom(JOB_SCHEDULE).orderBy(JOB_SCHEDULE.JOB_NAME).fetch(JooqJobSchedules::toSchedule);
    }

    @Override
    public Optional<JobSchedule> of(String job) {
        return db.selectFrom(JOB_SCHEDULE).where(JOB_SCHEDULE.JOB_NAME.eq(job)).fetchOptional(JooqJobSchedules::toSchedule);
    }

    @Override
    @Transactional
    public JobSchedule change(String job, String cron, boolean enabled, String actor) {
        String expression = cron == null ? "" : cron.strip().replaceAll("\\s+", " ");
        if (expression.isEmpty() || expression.length() > MAX_CRON || !CronExpression.isValidExpression(expression)) {
            throw new InvalidProgrammeSettingsException(Map.of("cron", "jobs.cron.invalid"));
        }
        Optional<JobSchedule> before = of(job);
        db.insertInto(JOB_SCHEDULE, JOB_SCHEDULE.JOB_NAME, JOB_SCHEDULE.CRON, JOB_SCHEDULE.ENABLED)
                .values(job, expression, enabled)
                .onDuplicateKeyUpdate().set(JOB_SCHEDULE.CRON, expression).set(JOB_SCHEDULE.ENABLED, enabled)
                .set(JOB_SCHEDULE.UPDATED_AT, LocalDateTime.now())
                .execute();
        JobSchedule after = of(job).orElseThrow();
        audit.record(new StaffChange(actor, "programme.job-schedule.changed", "job " + job,
                before.map(JooqJobSchedules::describe).orElse(null), describe(after)));
        return after;
    }

    @Override
    @Transactional
    public List<JobSchedule> lockAll() {
        return db.selectFrom(JOB_SCHEDULE).orderBy(JOB_SCHEDULE.JOB_NAME).forUpdate().fetch(JooqJobSchedules::toSchedule);
    }

    @Override
    @Transactional
    public void checked(String job, LocalDateTime at) {
        db.update(JOB_SCHEDULE).set(JOB_SCHEDULE.LAST_CHECKED_AT, at).where(JOB_SCHEDULE.JOB_NAME.eq(job)).execute();
    }

    private static JobSchedule toSchedule(Record row) {
        return new JobSchedule(row.get(JOB_SCHEDULE.JOB_NAME), row.get(JOB_SCHEDULE.CRON),
                Boolean.TRUE.equals(row.get(JOB_SCHEDULE.ENABLED)), row.get(JOB_SCHEDULE.LAST_CHECKED_AT));
    }

    private static String describe(JobSchedule schedule) {
        return schedule.cron() + (schedule.enabled() ? "" : " (off)");
    }
}
