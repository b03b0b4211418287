import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-loop load generator for Kopilka's processing API (docs/benchmarks.md, "Processing API under load").
 * Requests are sent at a fixed arrival rate whatever the answers take, and each latency is counted from the
 * request's intended send time, so a stalled server shows as latency instead of as fewer requests (no coordinated
 * omission). Runs with the JDK only: {@code java bench-load/LoadGen.java <mode> key=value ...}.
 *
 * <p>Modes: {@code register} (new customers, written to {@code customers=}), {@code seed} (one order per customer in
 * the past), {@code deliver} (those orders delivered), {@code floor}, {@code calculate}, {@code place}.
 */
public class LoadGen {

    static final Pattern ID = Pattern.compile("\"customerId\"\\s*:\\s*(\\d+)");
    static final Pattern CARD = Pattern.compile("\"cardNumber\"\\s*:\\s*\"([^\"]+)\"");
    static final String[] CATEGORIES = {"phones", "laptops", "tv", "audio", "accessories", "kitchen"};
    static final String[] BRANDS = {"Acme", "Nord", "Volna", "Sever", "Zenit"};

    record Person(long id, String phone, String card) {
    }

    record Step(String method, String path, String body) {
    }

    public static void main(String[] args) throws Exception {
        String parsedMode = null;
        Map<String, String> opt = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                parsedMode = arg;
            } else {
                opt.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        String mode = parsedMode;
        String base = opt.getOrDefault("url", "http://127.0.0.1:8080");
        String key = opt.getOrDefault("key", "demo-gadgets-key");
        double rate = Double.parseDouble(opt.getOrDefault("rate", "500"));
        double warmup = Double.parseDouble(opt.getOrDefault("warmup", "0"));
        Path customersFile = Path.of(opt.getOrDefault("customers", "customers.csv"));
        String tag = opt.getOrDefault("tag", mode + "-" + System.currentTimeMillis());
        long seed = Long.parseLong(opt.getOrDefault("seed", "42"));

        List<Person> people = mode.equals("register") ? List.of() : readPeople(customersFile);
        int n = switch (mode) {
            case "register" -> Integer.parseInt(opt.getOrDefault("n", "10000"));
            case "seed", "deliver" -> people.size();
            default -> (int) Math.round(rate * (warmup + Double.parseDouble(opt.getOrDefault("duration", "30"))));
        };
        int measuredFrom = (int) Math.round(rate * warmup);
        Map<Integer, String> registered = new ConcurrentHashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        Step[] steps = new Step[n];
        for (int i = 0; i < n; i++) {
            steps[i] = switch (mode) {
                case "register" -> new Step("POST", "/api/v1/customers", "{\"phone\":\"" + phone(i)
                        + "\",\"firstName\":\"Покупатель\",\"lastName\":\"Нагрузочный\"}");
                case "seed" -> new Step("POST", "/api/v1/orders", seedOrder(people.get(i), i));
                case "deliver" -> new Step("POST", "/api/v1/orders/SEED-" + i + "/status",
                        "{\"status\":\"DELIVERED\",\"at\":\"2026-10-06T12:00:00Z\"}");
                case "floor" -> new Step("GET", "/api/v1/floor?customerId="
                        + people.get(random.nextInt(people.size())).id(), null);
                case "calculate" -> new Step("POST", "/api/v1/orders/calculate", tillOrder(tag, i, people, random));
                case "place" -> new Step("POST", "/api/v1/orders", tillOrder(tag, i, people, random));
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
        }

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        long[] latency = new long[n];
        int[] status = new int[n];
        long[] completedAt = new long[n];
        CountDownLatch done = new CountDownLatch(n);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        // Setup steps run closed-loop (at most this many calls at a time); measured steps open-loop, given up once the
        // backlog shows the rate cannot be sustained.
        int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "0"));
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(concurrency > 0 ? concurrency : n + 1);
        int giveUpAt = Integer.parseInt(opt.getOrDefault("max-in-flight", "1000"));
        int abandoned = 0;
        long periodNanos = (long) (1_000_000_000L / rate);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < n; i++) {
            long intended = start + i * periodNanos;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            // The warm-up may queue up more while the generator's own JVM is still cold.
            if (concurrency == 0 && inFlight.get() >= (i < measuredFrom ? 3 * giveUpAt : giveUpAt)) {
                abandoned = n - i;
                for (int j = i; j < n; j++) {
                    done.countDown();
                    status[j] = -2;
                    latency[j] = Long.MAX_VALUE;
                }
                break;
            }
            slots.acquireUninterruptibly();
            Step step = steps[i];
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + step.path()))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key);
            if (step.body() != null) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(step.body()));
            }
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            int index = i;
            client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                latency[index] = now - intended;
                completedAt[index] = now;
                status[index] = error == null ? response.statusCode() : -1;
                if (error == null && mode.equals("register") && response.statusCode() == 201) {
                    registered.put(index, response.body());
                } else if (error == null && response.statusCode() >= 400 && Boolean.parseBoolean(
                        opt.getOrDefault("verbose", "false"))) {
                    System.err.println(response.statusCode() + " " + response.body());
                }
                inFlight.decrementAndGet();
                slots.release();
                done.countDown();
            });
        }
        long sent = System.nanoTime();
        done.await();
        report(mode, rate, measuredFrom, n, start, latency, status, completedAt, maxInFlight.get(),
                (sent - start) / 1e9, opt.getOrDefault("label", mode));
        System.out.printf("SENT %d%n", n - abandoned);
        if (abandoned > 0) {
            System.out.printf("RESULT %-10s target=%7.0f/s NOT SUSTAINABLE: %d calls in flight, %d not sent (counted as"
                    + " failed above)%n", opt.getOrDefault("label", mode), rate, giveUpAt, abandoned);
        }
        if (mode.equals("register")) {
            writePeople(customersFile, n, registered);
        }
        System.exit(0);
    }

    static void report(String mode, double rate, int from, int n, long start, long[] latency, int[] status,
                       long[] completedAt, int maxInFlight, double sendSeconds, String label) {
        int measured = n - from;
        long[] sorted = Arrays.copyOfRange(latency, from, n);
        Arrays.sort(sorted);
        int ok = 0;
        Map<Integer, Integer> codes = new HashMap<>();
        long first = Long.MAX_VALUE;
        long last = 0;
        for (int i = from; i < n; i++) {
            codes.merge(status[i], 1, Integer::sum);
            if (status[i] >= 200 && status[i] < 300) {
                ok++;
            }
            last = Math.max(last, completedAt[i]);
        }
        long measuredStart = start + (long) (from * (1_000_000_000L / rate));
        double seconds = (last - measuredStart) / 1e9;
        System.out.printf("RESULT %-10s target=%7.0f/s achieved=%7.0f/s ok=%d/%d p50=%.1fms p99=%.1fms p99.9=%.1fms"
                        + " max=%.1fms maxInFlight=%d sendLag=%.2fs codes=%s%n",
                label, rate, ok / seconds, ok, measured, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6, maxInFlight, sendSeconds - (n - 1) / rate, codes);
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static String phone(int i) {
        return "+7950" + String.format("%07d", i);
    }

    /** An order of the past that earns points, so that after delivery and settlement the customer may redeem. */
    static String seedOrder(Person person, int i) {
        return "{\"externalId\":\"SEED-" + i + "\",\"customer\":{\"customerId\":" + person.id()
                + "},\"channel\":\"POS\",\"region\":\"OTHER\",\"store\":\"S-1\",\"placedAt\":\"2026-10-05T12:00:00Z\","
                + "\"lines\":[{\"lineId\":\"1\",\"sku\":\"SEED\",\"name\":\"Холодильник\",\"category\":\"kitchen\","
                + "\"brand\":\"Nord\",\"quantity\":1,\"unitPrice\":40000}],\"payments\":[]}";
    }

    /**
     * A till's order: 70 % with a known customer (card scanned, or the phone typed), 15 % of them also redeeming
     * points, 15 % anonymous; one to three lines.
     */
    static String tillOrder(String tag, int i, List<Person> people, SplittableRandom random) {
        int kind = random.nextInt(100);
        StringBuilder json = new StringBuilder(512).append("{\"externalId\":\"").append(tag).append('-').append(i)
                .append("\",");
        if (kind >= 15) {
            Person person = people.get(random.nextInt(people.size()));
            json.append(random.nextInt(10) < 7
                    ? "\"customer\":{\"card\":\"" + person.card() + "\"},"
                    : "\"customer\":{\"phone\":\"" + person.phone() + "\"},");
        }
        json.append("\"channel\":\"POS\",\"region\":\"OTHER\",\"store\":\"S-").append(1 + random.nextInt(50))
                .append("\",\"placedAt\":\"").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append("\",\"lines\":[");
        int lines = 1 + random.nextInt(3);
        for (int l = 1; l <= lines; l++) {
            int sku = random.nextInt(5000);
            json.append(l > 1 ? "," : "").append("{\"lineId\":\"").append(l).append("\",\"sku\":\"SKU-").append(sku)
                    .append("\",\"name\":\"Товар ").append(sku).append("\",\"category\":\"")
                    .append(CATEGORIES[sku % CATEGORIES.length]).append("\",\"brand\":\"")
                    .append(BRANDS[sku % BRANDS.length]).append("\",\"quantity\":").append(1 + random.nextInt(2))
                    .append(",\"unitPrice\":").append(500 + 100 * random.nextInt(200)).append('}');
        }
        json.append("],\"payments\":[");
        if (kind >= 15 && kind < 30) {
            json.append("{\"method\":\"POINTS\",\"amount\":").append(50 + random.nextInt(100)).append('}');
        }
        return json.append("]}").toString();
    }

    static List<Person> readPeople(Path file) throws IOException {
        List<Person> people = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(";");
            people.add(new Person(Long.parseLong(f[0]), f[1], f[2]));
        }
        return people;
    }

    static void writePeople(Path file, int n, Map<Integer, String> registered) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int i = 0; i < n; i++) {
                String body = registered.get(i);
                if (body == null) {
                    continue;
                }
                Matcher id = ID.matcher(body);
                Matcher card = CARD.matcher(body);
                if (id.find() && card.find()) {
                    out.println(id.group(1) + ";" + phone(i) + ";" + card.group(1));
                }
            }
        }
    }
}
