package io.kopilka.notifications.internal;

import static io.kopilka.db.Tables.NOTIFICATION_TEMPLATE;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.notifications.EventType;
import io.kopilka.notifications.InvalidTemplateException;
import io.kopilka.notifications.MessageTemplate;
import io.kopilka.notifications.NotificationTemplates;
import io.kopilka.notifications.RenderedMessage;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The templates table (defaults shipped by the V16 migration) and the preview on a sample customer. */
@Service
class TemplateService implements NotificationTemplates {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 4000;
    static final int MAX_SHORT_TEXT = 500;

    private final DSLContext db;
    private final Programme programme;
    private final AuditLog audit;
    private final Clock clock;

    TemplateService(DSLContext db, Programme programme, AuditLog audit, ObjectProvider<Clock> clock) {
        this.db = db;
        this.programme = programme;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public List<MessageTemplate> all() {
        return db.selectFrom(NOTIFICATION_TEMPLATE).fetch(r -> new MessageTemplate(EventType.valueOf(r.getEventType()),
                        r.getLanguage(), r.getSubject(), r.getBody(), r.getShortText())).stream()
                .sorted(Comparator.comparing(MessageTemplate::event)
                        .thenComparing(t -> LANGUAGES.indexOf(t.language())))
                .toList();
    }

    @Override
    public MessageTemplate find(EventType event, String language) {
        requireLanguage(language);
        return db.selectFrom(NOTIFICATION_TEMPLATE)
                .where(NOTIFICATION_TEMPLATE.EVENT_TYPE.eq(event.name()), NOTIFICATION_TEMPLATE.LANGUAGE.eq(language))
                .fetchOptional(r -> new MessageTemplate(event, language, r.getSubject(), r.getBody(), r.getShortText()))
                // every event and language ships with the V16 migration; a missing row is a damaged database
                .orElseThrow(() -> new IllegalStateException("No template for " + event + " in " + language));
    }

    /** Checks, saves and audits the change, in one transaction. */
    @Override
    @Transactional
    public void save(MessageTemplate template, String staffMember) {
        requireLanguage(template.language());
        Map<String, String> invalid = new LinkedHashMap<>();
        check(invalid, "subject", template.subject(), MAX_SUBJECT);
        check(invalid, "body", template.body(), MAX_BODY);
        check(invalid, "shortText", template.shortText(), MAX_SHORT_TEXT);
        if (!invalid.isEmpty()) {
            throw new InvalidTemplateException(invalid);
        }
        MessageTemplate before = find(template.event(), template.language());
        audit.record(new StaffChange(staffMember, "notifications.template.saved",
                "template " + template.event() + "/" + template.language(), before.toString(), template.toString()));
        db.insertInto(NOTIFICATION_TEMPLATE)
                .set(NOTIFICATION_TEMPLATE.EVENT_TYPE, template.event().name())
                .set(NOTIFICATION_TEMPLATE.LANGUAGE, template.language())
                .set(NOTIFICATION_TEMPLATE.SUBJECT, template.subject().strip())
                .set(NOTIFICATION_TEMPLATE.BODY, template.body().strip())
                .set(NOTIFICATION_TEMPLATE.SHORT_TEXT, template.shortText().strip())
                .set(NOTIFICATION_TEMPLATE.UPDATED_AT, LocalDateTime.now(clock))
                .set(NOTIFICATION_TEMPLATE.UPDATED_BY, staffMember)
                .onDuplicateKeyUpdate()
                .set(NOTIFICATION_TEMPLATE.SUBJECT, template.subject().strip())
                .set(NOTIFICATION_TEMPLATE.BODY, template.body().strip())
                .set(NOTIFICATION_TEMPLATE.SHORT_TEXT, template.shortText().strip())
                .set(NOTIFICATION_TEMPLATE.UPDATED_AT, LocalDateTime.now(clock))
                .set(NOTIFICATION_TEMPLATE.UPDATED_BY, staffMember)
                .execute();
    }

    @Override
    public RenderedMessage preview(MessageTemplate template) {
        requireLanguage(template.language());
        boolean english = "en".equals(template.language());
        String tier = programme.tiers().stream().max(Comparator.comparingInt(Tier::rank)).map(Tier::name)
                .orElse("GOLD");
        Map<String, String> sample = Map.of(
                "name", english ? "Anna" : "Анна",
                "points", "500",
                "total", "1250",
                "tier", tier,
                "date", TemplateRenderer.date(LocalDate.now(clock).plusDays(14), template.language()),
                "payout", "1042");
        return TemplateRenderer.render(template, sample);
    }

    private static void check(Map<String, String> invalid, String field, String value, int max) {
        if (value.isBlank()) {
            invalid.put(field, "notifications.template.required");
        } else if (value.strip().length() > max) {
            invalid.put(field, "notifications.template.tooLong");
        } else if (!TemplateRenderer.unknownPlaceholders(value).isEmpty()) {
            invalid.put(field, "notifications.template.placeholder");
        }
    }

    static void requireLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Messages are written in " + LANGUAGES + ", not " + language);
        }
    }
}
