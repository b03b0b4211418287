package io.kopilka.notifications;

import java.util.List;

/** The marketers' message templates per event and language, and their preview on a sample customer. */
public interface NotificationTemplates {

    /** The languages messages are written in; the first is the programme's default. */
    List<String> LANGUAGES = List.of("ru", "en");

    /** Every template, by event and then language. */
    List<MessageTemplate> all();

    /**
     * The template of the event in the language.
     *
     * @throws IllegalArgumentException when the language is not one of {@link #LANGUAGES}
     */
    MessageTemplate find(EventType event, String language);

    /**
     * Checks and saves a template: every field filled, within its length, only known placeholders.
     *
     * @throws InvalidTemplateException listing every invalid field with its message code
     */
    void save(MessageTemplate template, String staffMember);

    /** The template filled with a sample customer's values in its language; nothing is saved or sent. */
    RenderedMessage preview(MessageTemplate template);
}
