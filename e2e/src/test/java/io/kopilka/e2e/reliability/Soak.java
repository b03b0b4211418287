package io.kopilka.e2e.reliability;

import io.kopilka.e2e.reliability.PortalApi.NoAnswer;
import io.kopilka.e2e.reliability.PortalApi.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The bank test over the real HTTP API (Jepsen's idea): client threads place, pay, deliver, cancel, return and
 * redeem on a few customers, two of them hot, resend calls (retries and deliberate duplicates, the same key always
 * with the same body) and send conflicting ones, while a business clock starts settlement and expiry for each day
 * that ends. Every call is logged with its outcome — acknowledged, refused, or no answer (timeout, crash, 5xx).
 * The model of each customer's points is the sum of what the acknowledged answers say a call did (points earned,
 * redeemed, voided, taken and given back), counted once per call; calls without an answer are sent again after the
 * trouble until the server answers them (the idempotent answer tells whether and how they were carried out).
 */
final class Soak {

    private static final String[] NETWORK_KEYS = {"demo-gadgets-key", "demo-home-key"};
    private static final String[] REGIONS = {"MSK", "SPB", "OTHER"};
    private static final int[] PRICES = {3_000, 5_000, 8_000, 12_000, 20_000};
    private static final int RECENT_ORDERS = 150;
    /** Business days per tick of the clock: months pass in a short soak, so the monthly cashback cap resets. */
    private static final int DAYS_PER_TICK = 3;

    /** How much load, how long, from which seed; {@code settleDaily}: start settlement at the end of each day. */
    record Settings(int threads, Duration duration, long seed, int customers, Duration businessDay, boolean settleDaily,
                    LocalDate firstDay) {

        /** The given defaults, overridden by {@code -Dkopilka.soak.threads/seconds/seed/customers}. */
        static Settings of(int threads, Duration duration, boolean settleDaily, LocalDate firstDay) {
            return new Settings(Integer.getInteger("kopilka.soak.threads", threads),
                    Duration.ofSeconds(Long.getLong("kopilka.soak.seconds", duration.toSeconds())),
                    Long.getLong("kopilka.soak.seed", System.currentTimeMillis() % 1_000_000),
                    Integer.getInteger("kopilka.soak.customers", 6), Duration.ofMillis(1_500), settleDaily, firstDay);
        }
    }

    enum Kind { PLACE, STATUS, RETURN }

    /** How a send went: acknowledged (2xx), refused (4xx), or no answer (timeout, connection trouble, 5xx). */
    enum Outcome { ACKNOWLEDGED, REFUSED, NO_ANSWER }

    /** One idempotent call of the client's log: its key always goes with the same body. */
    record Call(String key, Kind kind, Customer customer, String apiKey, String path, String body) {
    }

    record Customer(long id, String phone) {
    }

    record OrderRef(String externalId, String apiKey, Customer customer) {
    }

    /** What the client knows of a call: its first acknowledged answer and how its latest send went. */
    static final class Entry {
        final Call call;
        JsonNode answer;
        Outcome last;

        Entry(Call call) {
            this.call = call;
        }
    }

    /** The figures of a soak and everything that disagreed with the model. */
    record Verdict(Map<String, Long> figures, List<String> mismatches) {
    }

    private final PortalApi api;
    private final Settings settings;
    private final List<Customer> customers = new ArrayList<>();
    private final Map<Long, Long> initial = new HashMap<>();
    private final Map<String, Entry> calls = new ConcurrentHashMap<>();
    /** The calls in the order they were first made, for picking one at random (a long soak makes many). */
    private final List<Entry> log = new ArrayList<>();
    private final List<OrderRef> orders = new ArrayList<>();
    private final Set<String> jobDates = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> figures = new ConcurrentHashMap<>();
    private final AtomicInteger day = new AtomicInteger();
    private volatile boolean stopping;

    Soak(PortalApi api, Settings settings) {
        this.api = api;
        this.settings = settings;
    }

    /** Registers the customers and notes the points they start with. */
    void setUp() throws NoAnswer {
        for (int i = 0; i < settings.customers(); i++) {
            String phone = "+7977%07d".formatted((settings.seed() * 97 + i) % 10_000_000);
            Reply reply = api.post(NETWORK_KEYS[0], "/api/v1/customers", "{\"phone\":\"" + phone + "\"}");
            if (reply.status() != 201 && reply.status() != 409) {
                throw new IllegalStateException("Registering " + phone + " answered " + reply);
            }
            Customer customer = new Customer(reply.body().path("customerId").asLong(), phone);
            customers.add(customer);
            initial.put(customer.id(), held(balance(customer)));
        }
    }

    /**
     * An order of the first customer placed and delivered on {@code day}, outside the load (and outside its model):
     * points the settlement will make available whatever the clients spent.
     */
    void placeDelivered(LocalDate day) throws NoAnswer {
        Customer customer = customers.get(0);
        String externalId = "SOAK-END-" + settings.seed();
        Reply placed = api.post(NETWORK_KEYS[0], "/api/v1/orders", """
                {"externalId":"%s","customer":{"phone":"%s"},"channel":"POS","region":"OTHER",\
                "placedAt":"%sT10:00:00Z","lines":[{"lineId":"1","sku":"SOAK-END","name":"Soak item",\
                "quantity":1,"unitPrice":20000}]}""".formatted(externalId, customer.phone(), day));
        Reply delivered = api.post(NETWORK_KEYS[0], "/api/v1/orders/" + externalId + "/status",
                "{\"status\":\"DELIVERED\",\"at\":\"%sT12:00:00Z\"}".formatted(day));
        if (placed.status() != 201 || delivered.status() != 200) {
            throw new IllegalStateException("The closing order answered " + placed + " and " + delivered);
        }
    }

    /** Runs the clients and the business clock for a while; the first two customers are hot. */
    void runLoad(Duration duration) throws InterruptedException {
        stopping = false;
        Instant until = Instant.now().plus(duration);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            int thread = t;
            threads.add(started(new Thread(() -> work(thread, until), "soak-" + t)));
        }
        Thread clock = started(new Thread(this::tick, "soak-clock"));
        for (Thread thread : threads) {
            thread.join();
        }
        stopping = true;
        clock.interrupt();
        clock.join();
    }

    /** Sends every call that got no answer again until the server answers it, acknowledging or refusing. */
    void resolveNoAnswers(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        for (Entry entry : calls.values()) {
            boolean open;
            synchronized (entry) {
                open = entry.answer == null && entry.last == Outcome.NO_ANSWER;
            }
            while (open && Instant.now().isBefore(deadline)) {
                count("resent after no answer");
                if (send(entry) != Outcome.NO_ANSWER) {
                    count("resolved");
                    break;
                }
                Thread.sleep(500);
            }
        }
    }

    /**
     * Sends up to {@code limit} acknowledged calls again: each must be answered as the first time (checked as any
     * acknowledgement is), so nothing acknowledged was lost and nothing is carried out twice.
     */
    void replayAcknowledged(int limit) {
        List<Entry> acknowledged = calls.values().stream().filter(entry -> {
            synchronized (entry) {
                return entry.answer != null;
            }
        }).toList();
        Random random = new Random(settings.seed());
        for (int i = 0; i < Math.min(limit, acknowledged.size()); i++) {
            count("replayed after restart");
            send(acknowledged.get(random.nextInt(acknowledged.size())));
        }
    }

    /** Brings every job date started during the load to a completed run (restarting failed or stalled ones). */
    void completeJobs(Duration patience) throws NoAnswer, InterruptedException {
        for (String jobDate : jobDates.stream().sorted().toList()) {
            String[] parts = jobDate.split("@");
            complete(parts[0], LocalDate.parse(parts[1]), patience);
        }
    }

    /** Starts a job for a date (again, if it ran before) and waits until a run of it has completed. */
    JsonNode complete(String job, LocalDate asOf, Duration patience) throws NoAnswer, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        JsonNode run = null;
        while (Instant.now().isBefore(deadline)) {
            long runId = api.startJob(job, asOf);
            run = api.awaitEnd(job, runId, Duration.between(Instant.now(), deadline));
            if ("COMPLETED".equals(run.path("status").asString())) {
                count(job + " runs completed");
                return run;
            }
            count(job + " runs restarted");
            Thread.sleep(500);
        }
        violations.add(job + " for " + asOf + " did not complete: " + run);
        return run;
    }

    /** The last business day the clients used. */
    LocalDate lastDay() {
        return today();
    }

    /**
     * Compares the server with the client's model: the ledger check; per customer available + pending − debt against
     * the model, and against the orders' own books; every acknowledged order present, every refused one absent; when
     * {@code allSettled}, every delivered order's points settled exactly.
     */
    Verdict verify(boolean allSettled) throws NoAnswer {
        List<String> mismatches = new ArrayList<>(violations);
        JsonNode check = api.ledgerCheck();
        if (check == null || !check.path("ok").asBoolean()) {
            mismatches.add("ledger check: " + check);
        }
        Map<Long, Long> model = new HashMap<>(initial);
        Map<Long, Long> books = new HashMap<>(initial);
        Map<Long, Long> pendingBooks = new HashMap<>();
        for (Entry entry : calls.values()) {
            Call call = entry.call;
            if (entry.answer == null) {
                if (entry.last == Outcome.NO_ANSWER) {
                    mismatches.add("never answered: " + call.key());
                } else if (call.kind() == Kind.PLACE) {
                    Reply reply = get(call.apiKey(), "/api/v1/orders/" + externalId(call));
                    if (reply.status() != 404) {
                        mismatches.add("refused order exists: " + call.key() + " → " + reply.status());
                    }
                }
                continue;
            }
            model.merge(call.customer().id(), effect(call.kind(), entry.answer), Long::sum);
            if (call.kind() == Kind.PLACE) {
                count("orders");
                Reply reply = get(call.apiKey(), "/api/v1/orders/" + externalId(call));
                if (!reply.ok()) {
                    mismatches.add("acknowledged order lost: " + call.key() + " → " + reply.status());
                    continue;
                }
                JsonNode order = reply.body();
                long accrued = order.path("pointsAccrued").asLong();
                long settled = order.path("pointsSettled").asLong();
                books.merge(call.customer().id(), accrued - order.path("pointsRedeemed").asLong(), Long::sum);
                pendingBooks.merge(call.customer().id(), accrued - settled, Long::sum);
                if (allSettled && "DELIVERED".equals(order.path("status").asString()) && settled != accrued) {
                    mismatches.add("delivered order " + call.key() + " settled " + settled + " of " + accrued);
                }
            }
        }
        for (Customer customer : customers) {
            JsonNode balance = balance(customer);
            long held = held(balance);
            if (held != model.get(customer.id())) {
                mismatches.add("customer %d holds %d (%s), the model says %d".formatted(customer.id(), held, balance,
                        model.get(customer.id())));
            }
            if (books.get(customer.id()).longValue() != model.get(customer.id())) {
                mismatches.add("customer %d: orders' books %d, model %d".formatted(customer.id(),
                        books.get(customer.id()), model.get(customer.id())));
            }
            long pending = balance.path("pending").asLong();
            if (pending != pendingBooks.getOrDefault(customer.id(), 0L)) {
                mismatches.add("customer %d: pending %d, orders' unsettled points %d".formatted(customer.id(), pending,
                        pendingBooks.getOrDefault(customer.id(), 0L)));
            }
        }
        Map<String, Long> figures = new TreeMap<>();
        this.figures.forEach((name, value) -> figures.put(name, value.get()));
        figures.put("business days", (long) day.get());
        return new Verdict(figures, mismatches);
    }

    /** The balances of every customer now. */
    Map<Long, JsonNode> balances() throws NoAnswer {
        Map<Long, JsonNode> balances = new HashMap<>();
        for (Customer customer : customers) {
            balances.put(customer.id(), balance(customer));
        }
        return balances;
    }

    long figure(String name) {
        return figures.getOrDefault(name, new AtomicLong()).get();
    }

    private void work(int thread, Instant until) {
        Random random = new Random(settings.seed() * 1_000 + thread);
        int placed = 0;
        while (!stopping && Instant.now().isBefore(until)) {
            int dice = random.nextInt(100);
            OrderRef order = recentOrder(random);
            if (dice < 35 || order == null) {
                send(place(random, "S%d-%d-%d".formatted(settings.seed(), thread, placed++)));
            } else if (dice < 40) {
                send(status(order, "PAID", 11));
            } else if (dice < 60) {
                send(status(order, "DELIVERED", 12));
            } else if (dice < 67) {
                send(status(order, "CANCELLED", 13));
            } else if (dice < 80) {
                send(giveBack(order, random.nextInt(3)));
            } else if (dice < 90) {
                resendEarlier(random);
            } else if (dice < 93) {
                conflict(random);
            } else {
                readBalance(customers.get(random.nextInt(customers.size())));
            }
        }
    }

    /** One of the latest acknowledged orders, or null before the first. */
    private OrderRef recentOrder(Random random) {
        synchronized (orders) {
            int size = orders.size();
            return size == 0 ? null : orders.get(size - 1 - random.nextInt(Math.min(size, RECENT_ORDERS)));
        }
    }

    private Entry place(Random random, String externalId) {
        Customer customer = random.nextBoolean() ? customers.get(random.nextInt(Math.min(2, customers.size())))
                : customers.get(random.nextInt(customers.size()));
        String apiKey = NETWORK_KEYS[random.nextInt(NETWORK_KEYS.length)];
        StringBuilder lines = new StringBuilder();
        int lineCount = 1 + random.nextInt(2);
        for (int line = 1; line <= lineCount; line++) {
            lines.append(line > 1 ? "," : "").append("""
                    {"lineId":"%d","sku":"SOAK-%d","name":"Soak item","quantity":%d,"unitPrice":%d}"""
                    .formatted(line, random.nextInt(50), 1 + random.nextInt(3), PRICES[random.nextInt(PRICES.length)]));
        }
        int redeem = random.nextInt(4) == 0 ? 100 * random.nextInt(10) : 0;
        String payments = redeem == 0 ? "" : ",\"payments\":[{\"method\":\"POINTS\",\"amount\":" + redeem + "}]";
        String body = """
                {"externalId":"%s","customer":{"phone":"%s"},"channel":"POS","region":"%s",\
                "placedAt":"%sT10:%02d:00Z","lines":[%s]%s}""".formatted(externalId, customer.phone(),
                REGIONS[random.nextInt(REGIONS.length)], today(), random.nextInt(60), lines, payments);
        return entry(apiKey + ":" + externalId,
                () -> new Call(apiKey + ":" + externalId, Kind.PLACE, customer, apiKey, "/api/v1/orders", body));
    }

    private Entry status(OrderRef order, String status, int hour) {
        String key = order.apiKey() + ":" + order.externalId() + ":" + status;
        return entry(key, () -> new Call(key, Kind.STATUS, order.customer(), order.apiKey(),
                "/api/v1/orders/" + order.externalId() + "/status",
                "{\"status\":\"%s\",\"at\":\"%sT%02d:00:00Z\"}".formatted(status, today(), hour)));
    }

    private Entry giveBack(OrderRef order, int returnNumber) {
        String key = order.apiKey() + ":" + order.externalId() + ":R-" + returnNumber;
        return entry(key, () -> new Call(key, Kind.RETURN, order.customer(), order.apiKey(),
                "/api/v1/orders/" + order.externalId() + "/returns", """
                {"returnId":"R-%d","lines":[{"lineId":"1","quantity":1}],"at":"%sT14:%02d:00Z"}"""
                .formatted(returnNumber, today(), returnNumber)));
    }

    private Entry entry(String key, Supplier<Call> call) {
        return calls.computeIfAbsent(key, k -> {
            Entry entry = new Entry(call.get());
            synchronized (log) {
                log.add(entry);
            }
            return entry;
        });
    }

    /** A retry or a duplicate: a call sent before, with the same body, maybe at the same moment as another thread. */
    private void resendEarlier(Random random) {
        Entry earlier;
        synchronized (log) {
            earlier = log.isEmpty() ? null : log.get(random.nextInt(log.size()));
        }
        if (earlier != null) {
            count("duplicates sent");
            send(earlier);
        }
    }

    /** An acknowledged order's id with other content: must be refused with 409 and change nothing. */
    private void conflict(Random random) {
        OrderRef order = recentOrder(random);
        if (order == null) {
            return;
        }
        Entry placed = calls.get(order.apiKey() + ":" + order.externalId());
        String body = placed.call.body().replaceFirst("\"quantity\":(\\d)", "\"quantity\":1$1");
        count("conflicts sent");
        try {
            Reply reply = api.post(order.apiKey(), "/api/v1/orders", body);
            count("status " + reply.status());
            if (reply.status() != 409) {
                violations.add("other content under " + placed.call.key() + " answered " + reply.status());
            }
        } catch (NoAnswer e) {
            count("no answer");
        }
    }

    private void readBalance(Customer customer) {
        try {
            Reply reply = api.get(NETWORK_KEYS[0], "/api/v1/customers/" + customer.id() + "/balance");
            count("balance reads");
            if (reply.ok() && (reply.body().path("available").asLong() < 0 || reply.body().path("pending").asLong() < 0
                    || reply.body().path("debt").asLong() < 0)) {
                violations.add("negative balance of " + customer.id() + ": " + reply.body());
            }
        } catch (NoAnswer e) {
            count("no answer");
        }
    }

    /** Sends a call of the log and records its outcome. */
    private Outcome send(Entry entry) {
        Call call = entry.call;
        count("calls sent");
        Reply reply;
        try {
            reply = api.post(call.apiKey(), call.path(), call.body());
        } catch (NoAnswer e) {
            return noAnswer(entry);
        }
        count("status " + reply.status());
        if (reply.ok()) {
            acknowledge(entry, reply.body());
            return Outcome.ACKNOWLEDGED;
        }
        if (reply.refused()) {
            count("refused " + call.kind() + " " + reply.status() + ": " + reason(reply.body()));
            if (!expectedRefusal(call.kind(), reply)) {
                violations.add(call.key() + " refused for no business reason: " + reply.status() + " " + reply.body());
            }
            synchronized (entry) {
                entry.last = Outcome.REFUSED;
                if (entry.answer != null) {
                    violations.add(call.key() + " was acknowledged, now refused with " + reply.status() + ": " + reply.body());
                }
            }
            return Outcome.REFUSED;
        }
        return noAnswer(entry); // 5xx: carried out or not, the retry will tell
    }

    /**
     * The refusals a well-formed call of the soak may meet: a status change or a return of an order that another call
     * has just cancelled or delivered (409), or a return of more than is left to return (400 on the quantity). Every
     * order placed is valid (redemption is cut to what the customer may spend, never refused), so a refused place, or
     * a refusal of any other field, is the portal's fault.
     */
    private static boolean expectedRefusal(Kind kind, Reply reply) {
        if (kind == Kind.PLACE) {
            return false;
        }
        if (reply.status() == 409) {
            return true;
        }
        JsonNode errors = reply.body().path("errors");
        boolean onlyQuantities = errors.isArray() && !errors.isEmpty();
        for (JsonNode error : errors) {
            onlyQuantities &= error.path("field").asString().matches("lines\\[\\d+]\\.quantity");
        }
        return kind == Kind.RETURN && reply.status() == 400 && onlyQuantities;
    }

    /** What a refusal says: the refused fields' messages, or its detail. */
    private static String reason(JsonNode problem) {
        JsonNode errors = problem.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            StringBuilder fields = new StringBuilder();
            errors.forEach(error -> fields.append(fields.isEmpty() ? "" : "; ").append(error.path("field").asString())
                    .append(" — ").append(error.path("message").asString()));
            return fields.toString();
        }
        return problem.path("detail").asString();
    }

    private Outcome noAnswer(Entry entry) {
        count("no answer");
        synchronized (entry) {
            entry.last = Outcome.NO_ANSWER;
        }
        pause();
        return Outcome.NO_ANSWER;
    }

    private void acknowledge(Entry entry, JsonNode body) {
        synchronized (entry) {
            entry.last = Outcome.ACKNOWLEDGED;
            if (entry.answer == null) {
                entry.answer = body;
                if (entry.call.kind() == Kind.PLACE) {
                    synchronized (orders) {
                        orders.add(new OrderRef(externalId(entry.call), entry.call.apiKey(), entry.call.customer()));
                    }
                }
            } else if (!entry.answer.equals(body)) {
                violations.add(entry.call.key() + " answered differently: " + entry.answer + " then " + body);
            }
        }
    }

    /** The business clock: ends a day every {@code businessDay} and starts its settlement and expiry. */
    private void tick() {
        while (!stopping) {
            try {
                Thread.sleep(settings.businessDay().toMillis());
            } catch (InterruptedException e) {
                return;
            }
            LocalDate ended = settings.firstDay().plusDays((long) DAYS_PER_TICK * day.getAndIncrement());
            if (settings.settleDaily()) {
                startJob("settlement", ended);
            }
            startJob("expiry", ended);
        }
    }

    private void startJob(String job, LocalDate asOf) {
        jobDates.add(job + "@" + asOf);
        try {
            api.startJob(job, asOf);
            count(job + " runs started");
        } catch (NoAnswer | RuntimeException e) {
            count("no answer");
        }
    }

    private LocalDate today() {
        return settings.firstDay().plusDays((long) DAYS_PER_TICK * day.get());
    }

    private JsonNode balance(Customer customer) throws NoAnswer {
        Reply reply = api.get(NETWORK_KEYS[0], "/api/v1/customers/" + customer.id() + "/balance");
        if (!reply.ok()) {
            throw new IllegalStateException("Balance of " + customer.id() + " answered " + reply);
        }
        return reply.body();
    }

    private Reply get(String apiKey, String path) throws NoAnswer {
        return api.get(apiKey, path);
    }

    private static long held(JsonNode balance) {
        return balance.path("available").asLong() + balance.path("pending").asLong() - balance.path("debt").asLong();
    }

    /** What an acknowledged call did to its customer's points, as its answer reports it. */
    static long effect(Kind kind, JsonNode answer) {
        return switch (kind) {
            case PLACE -> answer.path("calculation").path("pointsToAccrue").asLong()
                    - answer.path("calculation").path("pointsRedeemed").asLong();
            case STATUS -> answer.path("pointsGivenBack").asLong() - answer.path("pointsVoided").asLong();
            case RETURN -> answer.path("pointsGivenBack").asLong() - answer.path("pointsTakenBack").asLong();
        };
    }

    private static String externalId(Call call) {
        return call.key().substring(call.key().indexOf(':') + 1);
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    private void count(String figure) {
        figures.computeIfAbsent(figure, k -> new AtomicLong()).incrementAndGet();
    }

    private void pause() {
        try {
            Thread.sleep(200); // the portal is in trouble: do not spin
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
