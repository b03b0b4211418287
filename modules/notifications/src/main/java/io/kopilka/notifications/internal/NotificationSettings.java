package io.kopilka.notifications.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The notification settings (kopilka.notifications.*), documented in docs/notifications.md. */
@Component
class NotificationSettings {

    final boolean workerEnabled;
    final int batchSize;
    final double ratePerSecond;
    final Duration lease;
    final int maxAttempts;
    final Duration firstRetry;
    final Duration maxRetry;
    final Duration notConfiguredRetry;
    final int smsAfterUnopenedDays;
    final String defaultLanguage;
    final String publicUrl;
    final String emailFrom;
    final String providerUrl;
    final String providerToken;
    final Duration providerTimeout;

    NotificationSettings(
            @Value("${kopilka.notifications.worker.enabled:true}") boolean workerEnabled,
            @Value("${kopilka.notifications.batch-size:200}") int batchSize,
            @Value("${kopilka.notifications.rate-per-second:20}") double ratePerSecond,
            @Value("${kopilka.notifications.lease:PT5M}") Duration lease,
            @Value("${kopilka.notifications.max-attempts:8}") int maxAttempts,
            @Value("${kopilka.notifications.first-retry:PT1M}") Duration firstRetry,
            @Value("${kopilka.notifications.max-retry:PT6H}") Duration maxRetry,
            @Value("${kopilka.notifications.not-configured-retry:PT1H}") Duration notConfiguredRetry,
            @Value("${kopilka.notifications.cascade.sms-after-unopened-days:3}") int smsAfterUnopenedDays,
            @Value("${kopilka.notifications.default-language:ru}") String defaultLanguage,
            @Value("${kopilka.notifications.public-url:http://localhost:8080}") String publicUrl,
            @Value("${kopilka.notifications.email.from:Kopilka <no-reply@kopilka.local>}") String emailFrom,
            @Value("${kopilka.notifications.provider.url:}") String providerUrl,
            @Value("${kopilka.notifications.provider.token:}") String providerToken,
            @Value("${kopilka.notifications.provider.timeout:PT10S}") Duration providerTimeout) {
        if (batchSize < 1 || ratePerSecond <= 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("kopilka.notifications: batch-size, rate-per-second and max-attempts must be positive");
        }
        this.workerEnabled = workerEnabled;
        this.batchSize = batchSize;
        this.ratePerSecond = ratePerSecond;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.notConfiguredRetry = notConfiguredRetry;
        this.smsAfterUnopenedDays = smsAfterUnopenedDays;
        this.defaultLanguage = defaultLanguage;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.emailFrom = emailFrom;
        this.providerUrl = providerUrl;
        this.providerToken = providerToken;
        this.providerTimeout = providerTimeout;
    }

    /** The wait before attempt n+1 after n failures: the first retry doubled each time, capped. */
    Duration backOff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
