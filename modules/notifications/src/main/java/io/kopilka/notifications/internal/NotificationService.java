package io.kopilka.notifications.internal;

import static io.kopilka.db.Tables.NOTIFICATION_LANGUAGE;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.ledger.Ledger;
import io.kopilka.notifications.Channel;
import io.kopilka.notifications.Message;
import io.kopilka.notifications.MessageStatus;
import io.kopilka.notifications.MessageTemplate;
import io.kopilka.notifications.NotificationTemplates;
import io.kopilka.notifications.Notifications;
import io.kopilka.notifications.RenderedMessage;
import io.kopilka.notifications.SendRun;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's worker and queries. A pass claims a batch in one short transaction, then renders and sends each
 * message outside any transaction (a slow SMTP server holds no locks), marking each as it goes. A worker that dies
 * after sending and before marking leaves the message claimed; when the claim's lease ends, a pass claims and sends
 * it again with the same message id — at least once, and the receiving side can drop the duplicate by that id.
 */
@Service
class NotificationService implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    static final String NOT_CONFIGURED = "notifications.error.not-configured";
    static final String NO_CONSENT = "notifications.skip.no-consent";
    static final String NO_CUSTOMER = "notifications.skip.no-customer";

    /** Rows per delete statement of the clean-up: small enough to keep each statement's locks brief. */
    private static final int PURGE_CHUNK = 10_000;

    private final OutboxTable outbox;
    private final NotificationTemplates templates;
    private final Customers customers;
    private final Ledger ledger;
    private final Programme programme;
    private final List<ChannelSender> senders;
    private final NotificationSettings settings;
    private final DSLContext db;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final OpeningReceipts receipts;

    NotificationService(OutboxTable outbox, NotificationTemplates templates, Customers customers, Ledger ledger,
                        Programme programme, List<ChannelSender> senders, NotificationSettings settings, DSLContext db,
                        PlatformTransactionManager transactions, AuditLog audit, OpeningReceipts receipts) {
        this.audit = audit;
        this.receipts = receipts;
        this.outbox = outbox;
        this.templates = templates;
        this.customers = customers;
        this.ledger = ledger;
        this.programme = programme;
        this.senders = senders;
        this.settings = settings;
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public List<Message> messagesOf(CustomerId customer, int limit) {
        return outbox.ofCustomer(customer.value(), limit);
    }

    @Override
    public List<Message> outbox(Set<MessageStatus> statuses, int limit) {
        return statuses.isEmpty() ? List.of() : outbox.withStatus(statuses, limit);
    }

    @Override
    public Optional<Message> find(long messageId) {
        return outbox.find(messageId);
    }

    @Override
    public boolean retry(long messageId, LocalDateTime now, String actor) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean queued = outbox.retry(messageId, now);
            if (queued) {
                audit.record(new StaffChange(actor, "notifications.message.retried", "message " + messageId, null, null));
            }
            return queued;
        }));
    }

    @Override
    public boolean recordOpened(String receipt, LocalDateTime at) {
        OptionalLong messageId = receipts.messageOf(receipt);
        return messageId.isPresent() && outbox.opened(messageId.getAsLong(), at);
    }

    @Override
    public long purgeFinishedBefore(LocalDateTime cutoff) {
        return outbox.purgeFinished(cutoff, PURGE_CHUNK);
    }

    @Override
    public String openingReceipt(long messageId) {
        return receipts.of(messageId);
    }

    @Override
    public SendRun sendDue(LocalDateTime now) {
        List<Long> claimed = transaction.execute(status ->
                outbox.claim(now, settings.batchSize, now.plus(settings.lease)));
        long gapNanos = (long) (1_000_000_000L / settings.ratePerSecond);
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        int waiting = 0;
        long lastSend = 0;
        for (long id : claimed) {
            Optional<OutboxTable.Stored> stored = outbox.stored(id);
            if (stored.isEmpty() || stored.get().message().status() != MessageStatus.SENDING) {
                continue;
            }
            Optional<Outgoing> outgoing = render(stored.get(), now);
            if (outgoing.isEmpty()) {
                skipped++;
                continue;
            }
            ChannelSender sender = senderFor(outgoing.get().channel());
            if (!sender.configured()) {
                // Not a failure: the message waits, its attempts untouched, until the channel is set up.
                outbox.release(id, MessageStatus.QUEUED, stored.get().message().attempts(), NOT_CONFIGURED,
                        now.plus(settings.notConfiguredRetry));
                waiting++;
                continue;
            }
            lastSend = pace(lastSend, gapNanos);
            try {
                sender.send(outgoing.get());
                outbox.sent(id, now);
                sent++;
            } catch (SendFailedException e) {
                int attempts = stored.get().message().attempts() + 1;
                boolean giveUp = attempts >= settings.maxAttempts;
                log.warn("Message {} to customer {} failed (attempt {}): {}", id, stored.get().message().customerId(),
                        attempts, MaskedContacts.in(e.getMessage())); // the log shows no address in clear
                outbox.release(id, giveUp ? MessageStatus.FAILED : MessageStatus.QUEUED, attempts,
                        String.valueOf(e.getMessage()), now.plus(settings.backOff(attempts)));
                failed++;
            }
        }
        return new SendRun(claimed.size(), sent, failed, skipped, waiting);
    }

    @Override
    public int cascadeDue(LocalDateTime now) {
        if (settings.smsAfterUnopenedDays <= 0) {
            return 0;
        }
        Integer queued = transaction.execute(status -> {
            List<OutboxTable.Stored> unopened = outbox.unopenedEmails(now.minusDays(settings.smsAfterUnopenedDays),
                    settings.batchSize);
            if (unopened.isEmpty()) {
                return 0;
            }
            List<NewMessage> followUps = unopened.stream().map(email -> new NewMessage(email.message().customerId(),
                    email.message().event(), Params.decode(email.params()), "cascade:" + email.message().id(),
                    email.message().id(), Channel.SMS)).toList();
            int n = outbox.enqueue(followUps, now);
            outbox.cascaded(unopened.stream().map(email -> email.message().id()).toList());
            return n;
        });
        return queued == null ? 0 : queued;
    }

    @Override
    public String languageOf(CustomerId customer) {
        return db.select(NOTIFICATION_LANGUAGE.LANGUAGE).from(NOTIFICATION_LANGUAGE)
                .where(NOTIFICATION_LANGUAGE.CUSTOMER_ID.eq(customer.value()))
                .fetchOptional(NOTIFICATION_LANGUAGE.LANGUAGE).orElse(settings.defaultLanguage);
    }

    @Override
    public void setLanguage(CustomerId customer, String language, String actor) {
        TemplateService.requireLanguage(language);
        transaction.executeWithoutResult(status -> {
            String before = languageOf(customer);
            db.insertInto(NOTIFICATION_LANGUAGE)
                    .set(NOTIFICATION_LANGUAGE.CUSTOMER_ID, customer.value())
                    .set(NOTIFICATION_LANGUAGE.LANGUAGE, language)
                    .onDuplicateKeyUpdate().set(NOTIFICATION_LANGUAGE.LANGUAGE, language)
                    .execute();
            audit.record(new StaffChange(actor, "notifications.language.changed", "customer " + customer.value(),
                    before, language));
        });
    }

    /**
     * The message as it goes out: rendered and stored on its first attempt (so every later attempt sends the very
     * same text), or skipped — no customer, or no consent for a channel the customer can be reached by.
     */
    private Optional<Outgoing> render(OutboxTable.Stored stored, LocalDateTime now) {
        Message m = stored.message();
        if (m.channel() != null && m.recipient() != null) {
            return Optional.of(new Outgoing(m.id(), m.channel(), m.recipient(), nonNull(m.subject()),
                    nonNull(m.text())));
        }
        Optional<Customer> found = customers.find(new CustomerId(m.customerId()));
        if (found.isEmpty()) {
            outbox.release(m.id(), MessageStatus.SKIPPED, m.attempts(), NO_CUSTOMER, now);
            return Optional.empty();
        }
        Customer customer = found.get();
        Channel channel = channelFor(customer, stored.forced());
        if (channel == null) {
            outbox.release(m.id(), MessageStatus.SKIPPED, m.attempts(), NO_CONSENT, now);
            return Optional.empty();
        }
        String language = languageOf(customer.customerId());
        MessageTemplate template = templates.find(m.event(), language);
        RenderedMessage rendered = TemplateRenderer.render(template,
                values(customer, Params.decode(stored.params()), language, now));
        String recipient = switch (channel) {
            case EMAIL -> nonNull(customer.email());
            case SMS -> customer.phone();
            case PUSH -> Long.toString(customer.customerId().value());
        };
        String text = channel == Channel.EMAIL ? rendered.text() : rendered.shortText();
        outbox.rendered(m.id(), channel, language, recipient, rendered.subject(), text);
        return Optional.of(new Outgoing(m.id(), channel, recipient, rendered.subject(), text));
    }

    /**
     * The cascade's first step: e-mail when the customer has one and agreed to it, otherwise SMS, otherwise push; a
     * follow-up SMS of the cascade only with the SMS consent. Null: no channel may be used.
     */
    static @Nullable Channel channelFor(Customer customer, @Nullable Channel forced) {
        if (forced != null) {
            return switch (forced) {
                case EMAIL -> customer.email() != null && customer.consents().email() ? forced : null;
                case SMS -> customer.consents().sms() ? forced : null;
                case PUSH -> customer.consents().push() ? forced : null;
            };
        }
        if (customer.email() != null && customer.consents().email()) {
            return Channel.EMAIL;
        }
        if (customer.consents().sms()) {
            return Channel.SMS;
        }
        return customer.consents().push() ? Channel.PUSH : null;
    }

    private Map<String, String> values(Customer customer, Map<String, String> params, String language,
                                       LocalDateTime now) {
        Map<String, String> values = new HashMap<>(params);
        String first = customer.firstName();
        values.put("name", first == null || first.isBlank() ? TemplateRenderer.anonymousName(language) : first);
        values.put("total", Long.toString(ledger.balances(customer.customerId().value(), now).available()));
        String tierCode = params.getOrDefault("tier", customer.tier().code());
        values.put("tier", programme.tiers().stream().filter(t -> t.code().equals(tierCode)).map(Tier::name)
                .findFirst().orElse(tierCode));
        if (params.containsKey("date")) {
            values.put("date", TemplateRenderer.date(LocalDate.parse(params.get("date")), language));
        }
        return values;
    }

    private ChannelSender senderFor(Channel channel) {
        return senders.stream().filter(s -> s.handles(channel)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No sender for " + channel));
    }

    /** Waits until the configured rate allows the next send; returns when this send starts. */
    private static long pace(long lastSend, long gapNanos) {
        long wait = lastSend + gapNanos - System.nanoTime();
        if (lastSend != 0 && wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return System.nanoTime();
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}
