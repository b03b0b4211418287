package io.kopilka.batch.rfm;

import io.kopilka.batch.internal.CustomerChunks;
import io.kopilka.batch.internal.Steps;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.CustomerSegments;
import io.kopilka.customers.Customers;
import io.kopilka.customers.RfmFigures;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PurchaseStats;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The rfm job: recency, frequency and money scores and the named segment of every person as of the business date,
 * chunk by chunk in customer id order: one grouped statement of the orders module for the chunk's purchases within
 * {@link CustomerSegments#WINDOW_MONTHS} months, then one replacement of the chunk's scores in {@code customer_rfm}.
 * Scores use fixed thresholds, so a chunk needs nothing of the others and a restart simply goes on.
 */
@Configuration(proxyBeanMethods = false)
class RfmJobConfiguration {

    static final String JOB = "rfm";

    @Bean
    Job rfmJob(JobRepository repository, Step scoreCustomers) {
        return new JobBuilder(JOB, repository).start(scoreCustomers).build();
    }

    @Bean
    Step scoreCustomers(JobRepository repository, PlatformTransactionManager transactions, Customers customers,
                        CustomerSegments segments, Orders orders, @Value("${kopilka.jobs.chunk-size:10000}") int chunk) {
        Tasklet tasklet = CustomerChunks.tasklet(customers, chunk, (asOf, ids) -> {
            LocalDateTime windowEnd = asOf.plusDays(1).atStartOfDay();
            Map<Long, PurchaseStats> stats = orders.purchaseStats(ids.stream().map(CustomerId::value).toList(),
                    windowEnd.minusMonths(CustomerSegments.WINDOW_MONTHS), windowEnd);
            List<RfmFigures> figures = ids.stream().map(id -> {
                PurchaseStats bought = stats.get(id.value());
                return bought == null ? RfmFigures.none(id) : new RfmFigures(id, bought.firstPurchaseAt(),
                        bought.lastPurchaseAt(), bought.ordersInWindow(), bought.moneyInWindow());
            }).toList();
            segments.record(asOf, figures);
        });
        return new StepBuilder("score-customers", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }
}
