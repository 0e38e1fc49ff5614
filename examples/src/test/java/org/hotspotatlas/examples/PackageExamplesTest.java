package org.hotspotatlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example on every exported package's page of the API documentation is code that compiles
 * (as {@link PackageExamples}), runs, and is the same, line for line, as what the page shows.
 */
class PackageExamplesTest {

    /** The published modules' sources, seen from the examples module's directory. */
    private static final Path CORE = Path.of("../core/src/main/java");
    private static final Path EXPORT = Path.of("../export/src/main/java");

    private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");
    private static final Pattern SNIPPET = Pattern.compile(
            "(?s)// snippet: ([\\w.]+)\\n(.*?)\\n\\s*// end of snippet");
    private static final Pattern PRE = Pattern.compile("(?s)<pre>\\{@code\\n(.*?)\\n \\* }</pre>");

    @TempDir
    Path dir;

    /** Snippets of PackageExamples by package, each line without the method body's indent. */
    private static Map<String, List<String>> mirrored() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/hotspotatlas/examples/PackageExamples.java"));
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = SNIPPET.matcher(source);
        while (m.find()) {
            out.put(m.group(1), m.group(2).lines().map(l -> l.replaceFirst("^ {8}", "")).toList());
        }
        return out;
    }

    /** Every package that module-info of core or export exports. */
    private static List<String> exportedPackages() throws IOException {
        List<String> packages = new ArrayList<>();
        for (Path root : List.of(CORE, EXPORT)) {
            Matcher m = EXPORTS.matcher(Files.readString(root.resolve("module-info.java")));
            while (m.find()) {
                packages.add(m.group(1));
            }
        }
        return packages;
    }

    /** The lines of the code block on a package's page. */
    private static List<String> shown(String pkg) throws IOException {
        Path root = pkg.startsWith("org.hotspotatlas.core") ? CORE : EXPORT;
        String info = Files.readString(root.resolve(pkg.replace('.', '/')).resolve("package-info.java"));
        Matcher m = PRE.matcher(info);
        assertTrue(m.find(), "package-info of " + pkg + " has a <pre>{@code ...}</pre> example");
        return m.group(1).lines().map(l -> l.replaceFirst("^ \\* ?", "")).toList();
    }

    @Test
    void everyExportedPackageShowsTheCodeThatRunsHere() throws IOException {
        List<String> packages = exportedPackages();
        assertTrue(packages.size() >= 8, packages.toString());
        Map<String, List<String>> mirrored = mirrored();
        assertEquals(packages.stream().sorted().toList(), mirrored.keySet().stream().sorted().toList(),
                "one example per exported package");
        for (String pkg : packages) {
            assertEquals(mirrored.get(pkg), shown(pkg), "the example on the page of " + pkg);
        }
    }

    @Test
    void everyExampleRuns() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> ran = new ArrayList<>();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (Method m : PackageExamples.class.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    Path own = Files.createDirectories(dir.resolve(m.getName()));
                    m.invoke(null, m.getParameterCount() == 0 ? new Object[0] : new Object[] {own});
                    ran.add(m.getName());
                }
            }
        } finally {
            System.setOut(old);
        }
        assertEquals(8, ran.size(), ran.toString());
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Atlas[data "), out);
        assertTrue(out.contains("¶"), "citations printed: " + out);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            for (String name : List.of("atlas.json", "atlas.xlsx", "atlas.pdf", "matrix.xlsx", "arctic.pdf",
                    "atlas.graph.json", "claims.ndjson", "venezuela.docx")) {
                assertTrue(written.stream().anyMatch(f -> f.getFileName().toString().equals(name)), name);
            }
            assertFalse(written.stream().anyMatch(f -> sizeOf(f) == 0), "no empty file: " + written);
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
