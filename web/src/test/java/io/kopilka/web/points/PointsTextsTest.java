package io.kopilka.web.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.ledger.Account;
import io.kopilka.ledger.HistoryEntry;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.TransferKind;
import io.kopilka.orders.OrderSource;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PointsTextsTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final PointsTexts texts = new PointsTexts(messages());

    @Test
    void settledOrdersPendingEntryNamesItsOrder() {
        HistoryEntry pending = entry(Account.PENDING, OrderSource.of("G-1001"));

        assertThat(texts.reason(pending, RUSSIAN)).isEqualTo("Заказ G-1001 получен — баллы стали доступными");
    }

    @Test
    void availableEntryOfASettledChunkSpeaksOfItsOrdersWithoutAPlaceholder() {
        HistoryEntry available = entry(Account.AVAILABLE, null);

        assertThat(texts.reason(available, RUSSIAN)).isEqualTo("Заказы получены — баллы за них стали доступными");
        assertThat(texts.reason(available, Locale.ENGLISH)).isEqualTo("Orders received: their points are available now");
    }

    private static HistoryEntry entry(Account account, String sourceRef) {
        return new HistoryEntry(1, 1, TransferKind.RELEASE, account, 100, "gadgets", Reason.of("order.settled"),
                LocalDateTime.of(2026, 11, 1, 10, 0), sourceRef, null);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages-points");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
