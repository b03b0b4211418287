package io.kopilka.web.backoffice.jobs;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.batch.BatchJobs;
import io.kopilka.batch.JobRun;
import io.kopilka.batch.UnknownJobException;
import io.kopilka.programme.InvalidProgrammeSettingsException;
import io.kopilka.programme.JobSchedule;
import io.kopilka.programme.JobSchedules;
import io.kopilka.web.layout.NotFoundPage;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Jobs page (ADMIN and FINANCE; changing a schedule is ADMIN's): each job with its schedule and latest runs, a
 * form to start it for a business date, a progress bar that htmx refreshes every second while a run is going, and a
 * restart button for failed runs.
 */
@Controller
@RequestMapping("/backoffice/jobs")
class JobsPageController {

    static final int RUNS_SHOWN = 5;
    private static final String PAGE = "backoffice/jobs/jobs";
    private static final List<String> NIGHTLY_ORDER = List.of("settlement", "expiry", "tiers", "rfm");

    private final BatchJobs jobs;
    private final JobSchedules schedules;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    JobsPageController(BatchJobs jobs, JobSchedules schedules, AuditLog audit, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.schedules = schedules;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One job as the page shows it; {@code nextRun} is when its schedule fires next (UTC), if it is on. */
    record JobView(String name, @Nullable JobSchedule schedule, @Nullable LocalDateTime nextRun, List<RunView> runs) {
    }

    /**
     * A run with its progress bar: {@code max} null for a bar without a known end (a run that does not count its
     * items); a completed run shows a full bar.
     */
    record RunView(JobRun run, long value, @Nullable Long max) {

        static RunView of(JobRun run) {
            if ("COMPLETED".equals(run.status())) {
                long done = Math.max(1, Math.max(run.processed(), run.total() == null ? 0 : run.total()));
                return new RunView(run, done, done);
            }
            Long max = run.total() == null ? null : Math.max(run.total(), run.processed());
            return new RunView(run, run.processed(), max);
        }
    }

    @GetMapping
    String page(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/{job}/runs")
    String start(@PathVariable String job, @RequestParam(defaultValue = "") String asOf, Principal staff, Model model,
                 RedirectAttributes redirect) {
        requireJob(job);
        Optional<LocalDate> date = parse(asOf);
        if (date.isEmpty()) {
            model.addAttribute("typedDate", Map.of(job, asOf));
            return page(model, Map.of(job, asOf.isBlank() ? "jobs.start.date.required" : "jobs.start.date.invalid"), Map.of());
        }
        JobRun run = jobs.start(job, date.get());
        audited(staff, "job.started", run);
        redirect.addFlashAttribute("started", run);
        return "redirect:/backoffice/jobs#job-" + job;
    }

    @PostMapping("/{job}/runs/{runId}/restart")
    String restart(@PathVariable String job, @PathVariable long runId, Principal staff, RedirectAttributes redirect) {
        JobRun run = jobs.run(job, runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (run.restartable()) {
            JobRun restarted = jobs.start(job, run.asOf());
            audited(staff, "job.restarted", restarted);
            redirect.addFlashAttribute("started", restarted);
        }
        return "redirect:/backoffice/jobs#job-" + job;
    }

    /** Starting a job by hand moves points for a whole business date: who did it is kept with the run it made. */
    private void audited(Principal staff, String action, JobRun run) {
        transaction.executeWithoutResult(status -> audit.record(new StaffChange(staff.getName(), action,
                "job " + run.job() + " " + run.asOf(), null, "run " + run.runId())));
    }

    /** The run's row: what htmx fetches every second while the run is going. */
    @GetMapping("/{job}/runs/{runId}")
    @HxRequest
    String run(@PathVariable String job, @PathVariable long runId, Model model) {
        JobRun run = jobs.run(job, runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("r", RunView.of(run));
        model.addAttribute("jobName", job);
        return PAGE + " :: run";
    }

    @PostMapping("/{job}/schedule")
    String schedule(@PathVariable String job, @RequestParam(defaultValue = "") String cron,
                    @RequestParam(defaultValue = "false") boolean enabled, Principal staff, Model model,
                    RedirectAttributes redirect) {
        requireJob(job);
        try {
            schedules.change(job, cron, enabled, staff.getName());
        } catch (InvalidProgrammeSettingsException invalid) {
            model.addAttribute("typedCron", Map.of(job, cron));
            return page(model, Map.of(), Map.of(job, invalid.fields().getOrDefault("cron", "jobs.cron.invalid")));
        }
        redirect.addFlashAttribute("scheduleSaved", job);
        return "redirect:/backoffice/jobs#job-" + job;
    }

    @ExceptionHandler(UnknownJobException.class)
    ModelAndView unknown(HttpServletRequest request) {
        return NotFoundPage.of(request);
    }

    private String page(Model model, Map<String, String> dateErrors, Map<String, String> cronErrors) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Map<String, JobSchedule> byJob = new HashMap<>();
        schedules.all().forEach(schedule -> byJob.put(schedule.job(), schedule));
        List<JobView> views = jobs.jobNames().stream().sorted(Comparator.comparingInt(JobsPageController::nightlyOrder)).map(name -> {
            JobSchedule schedule = byJob.get(name);
            return new JobView(name, schedule, nextRun(schedule, now),
                    jobs.recentRuns(name, RUNS_SHOWN).stream().map(RunView::of).toList());
        }).toList();
        model.addAttribute("jobs", views);
        model.addAttribute("dateErrors", dateErrors);
        model.addAttribute("cronErrors", cronErrors);
        model.addAttribute("yesterday", LocalDate.now(ZoneOffset.UTC).minusDays(1));
        if (!model.containsAttribute("typedDate")) {
            model.addAttribute("typedDate", Map.of());
        }
        if (!model.containsAttribute("typedCron")) {
            model.addAttribute("typedCron", Map.of());
        }
        return PAGE;
    }

    /** The jobs in the order they run at night; others after them. */
    private static int nightlyOrder(String job) {
        int index = NIGHTLY_ORDER.indexOf(job);
        return index < 0 ? NIGHTLY_ORDER.size() : index;
    }

    private void requireJob(String job) {
        if (!jobs.jobNames().contains(job)) {
            throw new UnknownJobException(job);
        }
    }

    private static @Nullable LocalDateTime nextRun(@Nullable JobSchedule schedule, LocalDateTime now) {
        if (schedule == null || !schedule.enabled() || !CronExpression.isValidExpression(schedule.cron())) {
            return null;
        }
        return CronExpression.parse(schedule.cron()).next(now);
    }

    private static Optional<LocalDate> parse(String typed) {
        try {
            return typed.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
