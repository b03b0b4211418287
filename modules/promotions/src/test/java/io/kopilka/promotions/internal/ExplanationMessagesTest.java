package io.kopilka.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.promotions.ExplanationCodes;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web layer's bundles have a message for every code that takes exactly the code's arguments: the bundles live in
 * {@code web}, which builds after this module, so the check reads them from the source tree.
 */
class ExplanationMessagesTest {

    private static final Path BUNDLES = Path.of("..", "..", "web", "src", "main", "resources");

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void everyExplanationCodeHasAMessageTakingExactlyItsArguments(String language) throws IOException {
        // The programme's codes live in messages-calculation, the promotions' in messages-promotions.
        Properties messages = new Properties();
        for (String bundle : new String[] {"messages-calculation", "messages-promotions"}) {
            Properties loaded = new Properties();
            try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                loaded.load(reader);
            }
            loaded.stringPropertyNames().stream().filter(key -> key.startsWith("calculation.explanation."))
                    .forEach(key -> messages.setProperty(key, loaded.getProperty(key)));
        }

        assertThat(messages.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(ExplanationCodes.codes().stream()
                        .map(code -> "calculation.explanation." + code).toList());
        for (String code : ExplanationCodes.codes()) {
            MessageFormat format = new MessageFormat(messages.getProperty("calculation.explanation." + code),
                    Locale.ROOT);
            int arguments = ExplanationCodes.argumentNames(code).size();
            assertThat(format.getFormatsByArgumentIndex()).as(code).hasSize(arguments);
            Object[] values = ExplanationCodes.argumentNames(code).stream().map(name -> "<" + name + ">").toArray();
            String text = format.format(values);
            assertThat(text).as(code).doesNotContain("{").doesNotContain("'");
            for (Object value : values) {
                assertThat(text).as(code).contains(value.toString());
            }
        }
    }
}
