package io.kopilka.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.notifications.EventType;
import io.kopilka.notifications.MessageTemplate;
import io.kopilka.notifications.RenderedMessage;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private static final MessageTemplate TEMPLATE = new MessageTemplate(EventType.POINTS_GRANTED, "en",
            "{points} for {name}", "Hello {name},\n\n<b>{points}</b> until {date}.\nSee {unknown}.", "{points} & {total}");

    @Test
    void placeholdersAreFilledAndUnknownOnesLeftAsTyped() {
        RenderedMessage m = TemplateRenderer.render(TEMPLATE, Map.of("name", "Ann", "points", "5", "total", "9",
                "date", "1 May 2027"));

        assertThat(m.subject()).isEqualTo("5 for Ann");
        assertThat(m.text()).isEqualTo("Hello Ann,\n\n<b>5</b> until 1 May 2027.\nSee {unknown}.");
        assertThat(m.shortText()).isEqualTo("5 & 9");
    }

    @Test
    void theHtmlEscapesTheTemplateAndTheValuesAndKeepsParagraphs() {
        RenderedMessage m = TemplateRenderer.render(TEMPLATE, Map.of("name", "<script>x</script>", "points", "5"));

        assertThat(m.html()).isEqualTo("<p>Hello &lt;script&gt;x&lt;/script&gt;,</p>\n"
                + "<p>&lt;b&gt;5&lt;/b&gt; until {date}.<br>See {unknown}.</p>\n");
    }

    @Test
    void datesAreWrittenTheWayTheLanguageWritesThem() {
        assertThat(TemplateRenderer.date(LocalDate.of(2026, 12, 5), "ru")).isEqualTo("05.12.2026");
        assertThat(TemplateRenderer.date(LocalDate.of(2026, 12, 5), "en")).isEqualTo("5 December 2026");
    }

    @Test
    void onlyTheKnownPlaceholdersAreAccepted() {
        assertThat(TemplateRenderer.unknownPlaceholders("{name} {points} {bonus} {Total}")).containsExactly("bonus", "Total");
    }
}
