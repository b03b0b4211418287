package io.kopilka.web.points;

import io.kopilka.ledger.HistoryEntry;
import io.kopilka.ledger.Reason;
import io.kopilka.orders.OrderSource;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in words why points moved: the ledger keeps a reason code with named parameters
 * ({@code order.purchase} with {@code order=G-1001}); the text comes from {@code messages-points*.properties} as
 * {@code reason.order.purchase=Покупка, заказ {order}}, falling back to the kind of movement for unknown codes.
 */
@Component
public class PointsTexts {

    private final MessageSource messages;

    PointsTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The reason of a history entry in the person's language. */
    public String reason(HistoryEntry entry, Locale locale) {
        String fallback = messages.getMessage("kind." + entry.kind().name(), null, entry.kind().name(), locale);
        String text = fill(messages.getMessage("reason." + entry.reason().code(), null, fallback, locale), entry.reason());
        // Set-based settlement records one reason for a whole chunk of orders; each entry still names its order.
        String named = entry.sourceRef() == null ? text : OrderSource.externalIdOf(entry.sourceRef())
                .map(order -> text.replace("{order}", order)).orElse(text);
        // The available side of a settled chunk is one entry per member for all of its orders: no single order.
        return named.contains("{order}")
                ? messages.getMessage("reason." + entry.reason().code() + ".noOrder", null, fallback, locale)
                : named;
    }

    /** The name of the balance an entry moved ({@code account.AVAILABLE} → "доступные"). */
    public String account(HistoryEntry entry, Locale locale) {
        return messages.getMessage("account." + entry.account().name(), null, entry.account().name(), locale);
    }

    private static String fill(String template, Reason reason) {
        String text = template;
        for (Map.Entry<String, String> param : reason.params().entrySet()) {
            text = text.replace("{" + param.getKey() + "}", param.getValue());
        }
        return text;
    }
}
