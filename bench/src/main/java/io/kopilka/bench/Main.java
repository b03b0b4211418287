package io.kopilka.bench;

import io.kopilka.bench.generate.GenerateCommand;
import io.kopilka.bench.measure.PagesCommand;
import io.kopilka.bench.measure.ReportingCommand;
import java.util.Arrays;

/** Entry point: {@code generate}, {@code pages} or {@code reporting}, each with {@code --name=value} options. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // the embedded server's and Flyway's progress lines would bury the figures
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("kopilka.bench.log", "warn"));
        if (args.length == 0) {
            System.err.println("usage: java -jar kopilka-bench.jar generate|pages|reporting [--option=value …] (README, docs/benchmarks.md)");
            System.exit(2);
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "generate" -> GenerateCommand.run(options);
            case "pages" -> PagesCommand.run(options);
            case "reporting" -> ReportingCommand.run(options);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}
