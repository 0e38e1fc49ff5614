package org.hotspotatlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The API documentation that {@code -Prelease} builds (CI builds it before running the tests, see
 * {@code .ci/run}): every link inside it resolves to a page that exists, the export module's own
 * docs link core types to the core module's docs, and every page's footer names the Apache-2.0
 * licence. Skipped when the docs have not been built (a plain {@code ./mvnw verify}).
 */
class JavadocLinksTest {

    /** The docs of the export module alone, the core module alone, and both together. */
    private static final Path EXPORT = Path.of("../export/target/reports/apidocs");
    private static final Path CORE = Path.of("../core/target/reports/apidocs");
    private static final Path COMBINED = Path.of("../target/reports/apidocs");

    private static final String LICENCE =
            "Licensed under the <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache License, Version 2.0</a>";

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)(#[^\"]*)?\"");

    private static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(".html")).filter(f -> !f.toString().contains("/src/"))
                    .sorted().toList();
        }
    }

    /** Relative links of one page that lead to no file, and the number of links into core's own docs. */
    private static int check(Path page, List<String> broken) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher m = HREF.matcher(html);
        int intoCore = 0;
        while (m.find()) {
            String target = m.group(1);
            if (target.isEmpty() || target.contains(":")) {
                continue; // an anchor on the same page, or an absolute URL (the JDK's docs, the licence)
            }
            String path = URI.create(target.replace(" ", "%20")).getPath();
            Path file = page.getParent().resolve(path).normalize();
            if (!Files.isRegularFile(file)) {
                broken.add(page + " -> " + target);
            }
            if (target.contains("core/target/reports/apidocs/")) {
                intoCore++;
            }
        }
        return intoCore;
    }

    @Test
    void exportDocsLinkToCoreDocsAndEveryLinkResolves() throws IOException {
        assumeTrue(Files.isDirectory(EXPORT) && Files.isDirectory(CORE),
                "the per-module API docs are built by ./mvnw -Prelease package");
        List<String> broken = new ArrayList<>();
        int intoCore = 0;
        for (Path page : pages(EXPORT)) {
            intoCore += check(page, broken);
        }
        for (Path page : pages(CORE)) {
            check(page, broken);
        }
        assertEquals(List.of(), broken.stream().limit(20).toList(), broken.size() + " broken links");
        assertTrue(intoCore > 50, "the export docs link core types to the core docs: " + intoCore + " links");
        String exporter = Files.readString(EXPORT.resolve("org.hotspotatlas.export/org/hotspotatlas/export/Exporter.html"));
        assertTrue(exporter.contains("core/target/reports/apidocs/org.hotspotatlas.core/org/hotspotatlas/core/Atlas.html"),
                "Exporter's page links Atlas to the core docs");
    }

    @Test
    void combinedDocsLinkExportToCoreAndEveryLinkResolves() throws IOException {
        assumeTrue(Files.isDirectory(COMBINED), "the combined API docs are built by ./mvnw -Prelease package");
        List<String> broken = new ArrayList<>();
        for (Path page : pages(COMBINED)) {
            check(page, broken);
        }
        assertEquals(List.of(), broken.stream().limit(20).toList(), broken.size() + " broken links");
        String exporter = Files.readString(COMBINED.resolve("org.hotspotatlas.export/org/hotspotatlas/export/Exporter.html"));
        assertTrue(exporter.contains("href=\"../../../../org.hotspotatlas.core/org/hotspotatlas/core/Atlas.html\""),
                "Exporter's page links Atlas within the combined docs");
    }

    @Test
    void everyPageCarriesTheApacheLicence() throws IOException {
        List<Path> roots = Stream.of(EXPORT, CORE, COMBINED).filter(Files::isDirectory).toList();
        assumeTrue(!roots.isEmpty(), "the API docs are built by ./mvnw -Prelease package");
        int footers = 0;
        for (Path root : roots) {
            for (Path page : pages(root)) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                assertFalse(html.contains("All rights reserved"), page.toString());
                if (html.contains("<footer")) { // every page but the redirecting index.html
                    footers++;
                    assertTrue(html.contains(LICENCE), page.toString());
                }
            }
        }
        assertTrue(footers > 100, "pages with a footer: " + footers);
    }
}
