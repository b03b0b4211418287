package io.kopilka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of architecture.md hold, and the module documentation in docs/modules is up to date. */
class ModularityTests {

    private static final Path OUTPUT = Path.of("../docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(KopilkaApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation();
        try (Stream<Path> diagrams = Files.list(OUTPUT)) {
            diagrams.filter(file -> file.toString().endsWith(".puml")).forEach(ModularityTests::sortRelations);
        }
    }

    /**
     * Documenter writes a diagram's relations in no stable order; sorting each run of {@code Rel(} lines keeps the
     * committed diagrams unchanged until the modules really change.
     */
    private static void sortRelations(Path diagram) {
        try {
            List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
            List<String> sorted = new ArrayList<>();
            List<String> run = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("Rel(")) {
                    run.add(line);
                    continue;
                }
                run.stream().sorted().forEach(sorted::add);
                run.clear();
                sorted.add(line);
            }
            run.stream().sorted().forEach(sorted::add);
            Files.write(diagram, sorted, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
