package io.kopilka.web.api.admin;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.batch.BatchJobs;
import io.kopilka.batch.JobRun;
import io.kopilka.batch.UnknownJobException;
import io.kopilka.web.api.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator API of the scheduled jobs: start a job for a business date, follow its run. */
@RestController
@RequestMapping("/api/v1/admin/jobs")
@Tag(name = "Operator")
class JobsApiController {

    private final BatchJobs jobs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    JobsApiController(BatchJobs jobs, AuditLog audit, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** {@code {asOf}}: the business date. */
    record StartJson(@Nullable LocalDate asOf) {
    }

    /** {@code {runId}}. */
    record StartedJson(long runId) {
    }

    /** A run's state. */
    record RunJson(long runId, String job, LocalDate asOf, String status, long processed, @Nullable Long total,
                   @Nullable OffsetDateTime startedAt, @Nullable OffsetDateTime endedAt, @Nullable String failure) {
        static RunJson of(JobRun run) {
            return new RunJson(run.runId(), run.job(), run.asOf(), run.status(), run.processed(), run.total(),
                    utc(run.startedAt()), utc(run.endedAt()), run.failure());
        }
    }

    @PostMapping("/{job}/runs")
    @Operation(summary = "Start a job (settlement, expiry, tiers, rfm) for a business date; a date already done is not run again, a failed run is restarted")
    ResponseEntity<StartedJson> start(@PathVariable String job, @RequestBody @Nullable StartJson body, Principal key) {
        if (body == null || body.asOf() == null) {
            throw ApiProblem.invalidField("asOf", "problem.jobs.asOf");
        }
        JobRun run = started(job, body.asOf());
        // the same record as a start on the Jobs page, with the integration key's name as the actor
        transaction.executeWithoutResult(status -> audit.record(new StaffChange("api-key " + key.getName(),
                "job.started", "job " + run.job() + " " + run.asOf(), null, "run " + run.runId())));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new StartedJson(run.runId()));
    }

    @GetMapping("/{job}/runs/{runId}")
    @Operation(summary = "A run: STARTED, COMPLETED, FAILED or STOPPED, with items processed of the total")
    RunJson run(@PathVariable String job, @PathVariable long runId) {
        try {
            return jobs.run(job, runId).map(RunJson::of)
                    .orElseThrow(() -> ApiProblem.notFound("problem.jobs.runNotFound"));
        } catch (UnknownJobException e) {
            throw ApiProblem.notFound("problem.jobs.unknown");
        }
    }

    private JobRun started(String job, LocalDate asOf) {
        try {
            return jobs.start(job, asOf);
        } catch (UnknownJobException e) {
            throw ApiProblem.notFound("problem.jobs.unknown");
        }
    }

    private static @Nullable OffsetDateTime utc(@Nullable LocalDateTime at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
