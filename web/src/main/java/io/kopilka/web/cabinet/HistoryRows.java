package io.kopilka.web.cabinet;

import io.kopilka.ledger.HistoryCursor;
import io.kopilka.ledger.HistoryEntry;
import io.kopilka.ledger.HistoryPage;
import io.kopilka.ledger.Ledger;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.web.points.PointsTexts;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads a page of a member's points history, newest first, and puts its rows and the "show more" cursor into the
 * model for the {@code cabinet/history :: rows} fragment, which the cabinet and the company cabinet share.
 */
@Component
public class HistoryRows {

    private final Ledger ledger;
    private final Programme programme;
    private final PointsTexts texts;
    private final PointsFormat format;
    private final MessageSource messages;
    private final int pageSize;

    HistoryRows(Ledger ledger, Programme programme, PointsTexts texts, PointsFormat format, MessageSource messages,
                @Value("${kopilka.cabinet.history-page-size:20}") int pageSize) {
        this.ledger = ledger;
        this.programme = programme;
        this.texts = texts;
        this.format = format;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    /**
     * Adds {@code rows}, {@code nextToken} (null on the last page) and {@code historyPath} (where "show more" asks
     * for the next page) for the member's history after the cursor token, or from the newest when it is null.
     *
     * @throws ResponseStatusException 400 when the token is not a cursor
     */
    public void addPage(long memberId, @Nullable String afterToken, String historyPath, Locale locale, Model model) {
        HistoryPage page = ledger.history(memberId, cursor(afterToken), pageSize);
        Map<String, String> networks = programme.networks().stream()
                .collect(Collectors.toMap(Network::code, Network::name, (a, b) -> a));
        List<HistoryRow> rows = page.entries().stream().map(entry -> row(entry, networks, locale)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("nextToken", page.next() == null ? null : page.next().token());
        model.addAttribute("historyPath", historyPath);
    }

    private HistoryRow row(HistoryEntry entry, Map<String, String> networks, Locale locale) {
        return new HistoryRow(format.date(entry.businessTime(), locale), texts.reason(entry, locale),
                format.signed(entry.points(), locale), entry.points() > 0, texts.account(entry, locale),
                networkName(entry.network(), networks, locale));
    }

    /** The network's name; the portal's own operations and programme-wide expiry ("*") are not networks. */
    private String networkName(String code, Map<String, String> networks, Locale locale) {
        String name = networks.get(code);
        if (name != null) {
            return name;
        }
        String key = "*".equals(code) ? "cabinet.network.all" : "cabinet.network." + code;
        return messages.getMessage(key, null, code, locale);
    }

    private static @Nullable HistoryCursor cursor(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return HistoryCursor.parse(token);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a history cursor");
        }
    }
}
