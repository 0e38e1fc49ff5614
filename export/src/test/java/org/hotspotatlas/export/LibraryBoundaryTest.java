package org.hotspotatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Library users need not have picocli: only the command line package uses it, that package is not
 * exported, and the module reads picocli only when it is present ({@code requires static}).
 */
class LibraryBoundaryTest {

    private static Path classes() throws URISyntaxException {
        return Path.of(Exporter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static ModuleDescriptor descriptor() throws Exception {
        try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void picocliIsAStaticRequirementOnly() throws Exception {
        Requires picocli = descriptor().requires().stream()
                .filter(r -> r.name().equals("info.picocli")).findFirst().orElseThrow();
        assertEquals(Set.of(Requires.Modifier.STATIC), picocli.modifiers());
    }

    @Test
    void theCommandLinePackageIsNotExportedButOpenToPicocli() throws Exception {
        ModuleDescriptor module = descriptor();
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertFalse(exported.contains("org.hotspotatlas.export.cli"), exported.toString());
        assertTrue(module.opens().stream().anyMatch(o -> o.source().equals("org.hotspotatlas.export.cli")
                && o.targets().equals(Set.of("info.picocli"))), module.opens().toString());
    }

    @Test
    void noClassOutsideTheCommandLinePackageReferencesPicocli() throws Exception {
        Path root = classes().resolve("org/hotspotatlas/export");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !root.relativize(f).startsWith("cli"))
                    .filter(LibraryBoundaryTest::mentionsPicocli)
                    .toList();
        }
        assertEquals(List.of(), offenders);
        try (Stream<Path> cli = Files.list(root.resolve("cli"))) {
            assertTrue(cli.anyMatch(LibraryBoundaryTest::mentionsPicocli), "the check finds a reference where one is");
        }
    }

    private static boolean mentionsPicocli(Path classFile) {
        try {
            // Class names in the constant pool are stored in (modified) UTF-8, so a plain search works.
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("picocli/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
