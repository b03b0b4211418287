package io.kopilka.batch.tiers;

import io.kopilka.batch.internal.CustomerChunks;
import io.kopilka.batch.internal.Steps;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.customers.Purchases;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PurchaseStats;
import io.kopilka.programme.Programme;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
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
 * The tiers job: every person's tier for the rolling window ending with the business date, chunk by chunk in
 * customer id order. Per chunk one grouped statement of the orders module sums each person's purchases (net of
 * returns, cancelled orders left out) and the customers module reads the chunk's tiers in one statement and changes
 * only those whose tier differs — recorded in the tier history with reason {@code PURCHASES_IN_WINDOW} (or
 * {@code PURCHASE_COUNT}) and announced by {@code TierChanged}. The last id done is saved with each chunk.
 */
@Configuration(proxyBeanMethods = false)
class TiersJobConfiguration {

    static final String JOB = "tiers";

    @Bean
    Job tiersJob(JobRepository repository, Step recalculateTiers) {
        return new JobBuilder(JOB, repository).start(recalculateTiers).build();
    }

    @Bean
    Step recalculateTiers(JobRepository repository, PlatformTransactionManager transactions, Customers customers,
                          Orders orders, Programme programme, @Value("${kopilka.jobs.chunk-size:10000}") int chunk) {
        Tasklet tasklet = CustomerChunks.tasklet(customers, chunk, (asOf, ids) -> {
            LocalDateTime windowEnd = asOf.plusDays(1).atStartOfDay();
            LocalDateTime windowStart = windowEnd.minusMonths(programme.policies().qualification().windowMonths());
            Map<Long, PurchaseStats> stats = orders.purchaseStats(ids.stream().map(CustomerId::value).toList(),
                    windowStart, windowEnd);
            Map<CustomerId, Purchases> purchases = new LinkedHashMap<>();
            for (CustomerId id : ids) {
                PurchaseStats bought = stats.get(id.value());
                purchases.put(id, bought == null ? new Purchases(BigDecimal.ZERO, 0)
                        : new Purchases(bought.moneyInWindow(), bought.purchasesForLife()));
            }
            customers.recalculateTiers(purchases, asOf.atTime(23, 59, 59));
        });
        return new StepBuilder("recalculate-tiers", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }
}
