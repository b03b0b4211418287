package io.kopilka.batch.grants;

import io.kopilka.batch.internal.Steps;
import io.kopilka.promotions.PromotionGrants;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The grants job: the promotions' grants to audiences that have started by the end of the business date, a chunk of
 * customers per call (and so per step transaction). State-driven: a chunk grants only customers without a grant of
 * that promotion yet, so a restart or a second run simply goes on, and the step ends when no promotion has anyone
 * left.
 */
@Configuration(proxyBeanMethods = false)
class GrantsJobConfiguration {

    static final String JOB = "grants";

    @Bean
    Job grantsJob(JobRepository repository, Step grantToAudiences) {
        return new JobBuilder(JOB, repository).start(grantToAudiences).build();
    }

    @Bean
    Step grantToAudiences(JobRepository repository, PlatformTransactionManager transactions, PromotionGrants grants,
                          @Value("${kopilka.jobs.chunk-size:10000}") int chunk) {
        Tasklet tasklet = (contribution, context) -> {
            for (long promotion : grants.due(Steps.endOf(Steps.asOf(contribution)))) {
                int granted = grants.grantNextChunk(promotion, chunk);
                if (granted > 0) {
                    contribution.incrementWriteCount(granted);
                    return RepeatStatus.CONTINUABLE;
                }
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("grant-to-audiences", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }
}
