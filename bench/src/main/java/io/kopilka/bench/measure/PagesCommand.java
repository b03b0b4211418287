package io.kopilka.bench.measure;

import io.kopilka.bench.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code pages}: signs in as many generated customers (those with the demo password) and as the consultant, then
 * requests the cabinet home page, the points history and the consultant's customer search, first one request at a time
 * and then from several threads, and prints each page's p50/p90/p99 — the time from sending the request to having
 * read the whole page, measured by the client on the same machine (loopback), so it includes the server's time and
 * the transfer of the page but no network.
 */
public final class PagesCommand {

    private static final String[] SURNAMES = {"Иванов", "Смирнова", "Кузнецов", "Попова", "Васильев", "Петрова",
            "Соколов", "Михайлова", "Новиков", "Морозова", "Волков", "Лебедева"};
    private static final String[] NAMES = {"Анна", "Сергей", "Мария", "Дмитрий", "Елена", "Игорь"};

    private PagesCommand() {
    }

    public static void run(Options options) throws Exception {
        String url = options.text("url", "http://localhost:8080");
        long customers = options.number("customers", 1_000_000);
        int sessions = (int) options.number("sessions", 40);
        int requests = (int) options.number("requests", 400);
        String threadCounts = options.text("threads", "1,4");
        Random random = new Random(options.number("seed", 42));
        options.noneLeft();

        List<Session> people = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            people.add(Session.signIn(url, phone(someoneWithDemoPassword(random, customers)), "demo"));
        }
        Session consultant = Session.signIn(url, "consultant", "demo");
        System.out.printf("signed in %d customers and the consultant at %s%n", people.size(), url);
        List<Page> pages = List.of(
                new Page("cabinet", r -> people.get(r.nextInt(people.size())), r -> "/cabinet"),
                new Page("history", r -> people.get(r.nextInt(people.size())), r -> "/cabinet/history"),
                new Page("consultant search", r -> consultant,
                        r -> "/backoffice/customers?q=" + Session.enc(query(r, customers))));
        for (Page page : pages) {
            measure(page, 1, Math.min(100, requests), random); // warm-up: JIT, pools, the database's cache
        }
        for (String threads : threadCounts.split(",")) {
            for (Page page : pages) {
                Timings timings = measure(page, Integer.parseInt(threads.strip()), requests, random);
                System.out.println("PAGES " + timings.line(page.name() + ", " + threads.strip() + " thread(s)"));
            }
        }
    }

    private static Timings measure(Page page, int threads, int requests, Random seeds) throws Exception {
        double[] ms = new double[requests];
        long seed = seeds.nextLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    Random random = new Random(seed + thread);
                    for (int i = thread; i < requests; i += threads) {
                        ms[i] = page.session(random).timedGet(page.path(random));
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Timings(ms, (System.nanoTime() - t0) / 1e9);
    }

    /** Every tenth generated person (number ending in 1) has the demo password; every fiftieth is a B2B buyer. */
    private static long someoneWithDemoPassword(Random random, long customers) {
        while (true) {
            long c = 10 * (long) random.nextInt((int) Math.max(1, customers / 10)) + 1;
            if ((c - 1) % 50 != 0 && c <= customers) {
                return c;
            }
        }
    }

    /** What consultants type: a phone, a card number, a surname, or a surname and a first name. */
    private static String query(Random random, long customers) {
        long c = 1 + (long) (random.nextDouble() * customers);
        return switch (random.nextInt(4)) {
            case 0 -> phone(c);
            case 1 -> card(c);
            case 2 -> SURNAMES[random.nextInt(SURNAMES.length)];
            default -> SURNAMES[random.nextInt(SURNAMES.length)] + " " + NAMES[random.nextInt(NAMES.length)];
        };
    }

    static String phone(long c) {
        return "+791" + String.format("%08d", c);
    }

    private static String card(long c) {
        String body = "29" + String.format("%010d", c);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }

    /** A page kind: whose session asks and for which path. */
    private record Page(String name, java.util.function.Function<Random, Session> sessions,
                        java.util.function.Function<Random, String> paths) {
        Session session(Random random) {
            return sessions.apply(random);
        }

        String path(Random random) {
            return paths.apply(random);
        }
    }
}
