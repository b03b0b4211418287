package io.kopilka.bench.generate;

import io.kopilka.bench.Options;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code generate}: migrates the database if needed and writes a programme of the chosen size, stage by stage,
 * printing each stage's time and rows per second, then the database's size.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void run(Options options) throws Exception {
        long customers = options.number("customers", 1_000_000);
        Scale scale = new Scale(customers, options.number("orders", 5 * customers),
                LocalDate.parse(options.text("end", LocalDate.now(ZoneOffset.UTC).toString())),
                (int) options.number("months", 14), options.number("chunk", 100_000));
        try (Database database = Database.open(options)) {
            options.noneLeft();
            long started = System.nanoTime();
            database.migrate();
            System.out.printf("schema migrated in %.1f s%n", seconds(started));
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
            String demo = "{bcrypt}" + bcrypt.encode("demo");
            String unknown = "{bcrypt}" + bcrypt.encode(UUID.randomUUID().toString());
            List<Stage> stages = List.of(new ProgrammeStage(demo), new CustomersStage(), new IdentityStage(demo, unknown),
                    new OrdersStage(), new LedgerStage(), new PromotionsStage(), new BalancesStage(), new FinishStage());
            try (Connection connection = database.connect()) {
                Sql sql = new Sql(connection);
                if (sql.number("SELECT COUNT(*) FROM customer WHERE id = " + (Scale.CUSTOMER_ID + 1)) > 0) {
                    throw new IllegalStateException("This database already holds generated data; generate into an empty one");
                }
                System.out.printf("generating %,d customers and %,d orders from %s to %s in chunks of %,d%n",
                        scale.customers(), scale.orders(), scale.start(), scale.end().minusDays(1), scale.chunk());
                for (Stage stage : stages) {
                    long t0 = System.nanoTime();
                    long rows0 = sql.rowsWritten();
                    stage.run(sql, scale);
                    double s = seconds(t0);
                    long rows = sql.rowsWritten() - rows0;
                    System.out.printf("GENERATE stage %-11s %8.1f s %,13d rows %,10.0f rows/s%n", stage.name(), s, rows,
                            rows / Math.max(s, 0.001));
                }
                System.out.printf("GENERATE total %.1f s; %s%n", seconds(started), sizes(sql, database.folder()));
            }
        }
    }

    private static String sizes(Sql sql, Path folder) {
        long entries = sql.number("SELECT COUNT(*) FROM ledger_entry");
        long orders = sql.number("SELECT COUNT(*) FROM orders_order");
        long bytes = sql.number("SELECT SUM(data_length + index_length) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE()");
        String disk = folder == null ? "" : String.format("; data folder %s on disk %.2f GiB", folder, gib(du(folder)));
        return String.format("%,d orders, %,d ledger entries; tables and indexes %.2f GiB%s", orders, entries,
                gib(bytes), disk);
    }

    private static long du(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double gib(long bytes) {
        return bytes / 1024.0 / 1024 / 1024;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
