package org.hotspotatlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and the pages under {@code docs/} show only code that compiles and runs, and only
 * output that it really prints.
 *
 * <ul>
 *   <li>Every {@code java} block is preceded by {@code <!-- snippet: FILE#TAG[,TAG] -->} (or
 *       {@code <!-- fragment: ... -->} for code that is compiled but not run) and equals the region
 *       between {@code // tag::TAG[]} and {@code // end::TAG[]} of that source under
 *       {@code examples/src/main/java/org/hotspotatlas/examples/}, which the build compiles.</li>
 *   <li>A snippet runs: its last tag is a static method of that class ({@code all}: its {@code
 *       main}). Every {@code sh} block is either marked {@code <!-- run -->}, and each of its lines
 *       is run ({@code hotspot-atlas ...} in-process, {@code java ... FILE.java} as a single-file
 *       program, {@code jq ...} where jq is installed), or marked {@code <!-- not run ... -->}.</li>
 *   <li>A {@code text} block marked {@code <!-- output -->} is what the runnable block before it
 *       printed on standard output ({@code output: stderr}: on standard error; {@code output:
 *       excerpt}: consecutive lines of standard output).</li>
 *   <li>Every relative link leads to a file of the repository, and every anchor to a heading.</li>
 * </ul>
 *
 * All runnable blocks run in document order in one fresh JVM ({@link DocRunner}) whose working
 * directory is a scratch directory, so that the relative paths they write land there.
 */
class DocSnippetsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SOURCES = Path.of("src/main/java/org/hotspotatlas/examples");
    private static final Path JAR = ROOT.resolve("export/target/hotspot-atlas.jar");
    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("<!--\\s*(.*?)\\s*-->");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @TempDir
    Path scratch;

    /** A fenced block of a page, with the marker comment on the line above it, if any. */
    record Block(Path page, int line, String lang, String body, String marker) {
        String where() {
            return ROOT.relativize(page) + ":" + line;
        }
    }

    /** The README and every page of docs/, README first. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Matcher m = FENCE.matcher(text);
            while (m.find()) {
                String before = text.substring(0, m.start()).stripTrailing();
                String lastLine = before.substring(before.lastIndexOf('\n') + 1).trim();
                Matcher marker = MARKER.matcher(lastLine);
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                String body = m.group(2).endsWith("\n") ? m.group(2).substring(0, m.group(2).length() - 1) : m.group(2);
                blocks.add(new Block(page, line, m.group(1), body, marker.matches() ? marker.group(1) : null));
            }
        }
        return blocks;
    }

    /** The lines between the tag markers of a source, without their common indent. */
    static String region(String file, String tag) throws IOException {
        Path source = SOURCES.resolve(file);
        assertTrue(Files.isRegularFile(source), "no source " + source);
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (t.equals("// end::" + tag + "[]")) {
                end = i;
            }
        }
        assertTrue(start > 0 && end >= start, "tag " + tag + " in " + source);
        List<String> region = lines.subList(start, end);
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }

    /** {@code snippet: FILE#A,B}: the file and tags; {@code null} for another marker. */
    static String[] snippetOf(Block b) {
        if (b.marker() == null) {
            return null;
        }
        Matcher m = Pattern.compile("(snippet|fragment):\\s*(\\S+)#(\\S+)").matcher(b.marker());
        return m.matches() ? new String[] {m.group(1), m.group(2), m.group(3)} : null;
    }

    @Test
    void everyJavaBlockIsTheTaggedRegionOfACompiledSource() throws IOException {
        int checked = 0;
        for (Block b : blocks()) {
            if (!b.lang().equals("java")) {
                continue;
            }
            String[] snippet = snippetOf(b);
            if (snippet == null) {
                fail(b.where() + ": a java block needs <!-- snippet: FILE#TAG --> (or fragment:) above it");
            }
            List<String> parts = new ArrayList<>();
            for (String tag : snippet[2].split(",")) {
                parts.add(region(snippet[1], tag));
            }
            assertEquals(String.join("\n\n", parts), b.body(), b.where() + " differs from " + snippet[1] + "#" + snippet[2]);
            checked++;
        }
        assertTrue(checked >= 6, "java blocks checked: " + checked);
    }

    @Test
    void everyShellBlockIsRunOrSaysItIsNot() throws IOException {
        for (Block b : blocks()) {
            if (b.lang().equals("sh")) {
                assertTrue(b.marker() != null && (b.marker().equals("run") || b.marker().startsWith("not run")),
                        b.where() + ": a sh block is marked <!-- run --> or <!-- not run: why -->");
            }
            if (b.marker() != null && b.marker().startsWith("output")) {
                assertEquals("text", b.lang(), b.where() + ": shown output is a text block");
            }
        }
    }

    @Test
    void noPageReachesOutsideTheRepositoryAndEveryLinkResolves() throws IOException {
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            for (String outside : List.of("../shared", "CURATION.md", "DESIGN.md")) {
                assertFalse(text.contains(outside), ROOT.relativize(page) + " names " + outside);
            }
            String prose = FENCE.matcher(text).replaceAll("");
            Matcher m = LINK.matcher(prose);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                assertTrue(resolved.startsWith(ROOT), ROOT.relativize(page) + ": " + target + " leaves the repository");
                assertTrue(Files.exists(resolved), ROOT.relativize(page) + ": " + target + " does not exist");
                if (target.contains("#")) {
                    String anchor = target.substring(target.indexOf('#') + 1);
                    assertTrue(anchors(resolved).contains(anchor),
                            ROOT.relativize(page) + ": no heading for #" + anchor + " in " + ROOT.relativize(resolved)
                                    + " (has " + anchors(resolved) + ")");
                }
            }
        }
    }

    /** The anchors GitHub gives the headings of a page. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new LinkedHashSet<>();
        String text = FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
        for (String line : text.split("\n")) {
            if (line.matches("#{1,6} .*")) {
                String title = line.replaceFirst("#+ ", "").trim().toLowerCase(Locale.ROOT);
                String slug = title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String unique = slug;
                for (int n = 1; anchors.contains(unique); n++) {
                    unique = slug + "-" + n;
                }
                anchors.add(unique);
            }
        }
        return anchors;
    }

    /** A runnable block: the jobs it runs, and the output block that follows it, if any. */
    record Runnable(Block block, List<String> jobs, Block output) {}

    @Test
    void theRunnableBlocksRunAndPrintWhatThePagesShow() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the export module is packaged (run through 'verify' or 'package')");
        Path work = Files.createDirectories(scratch.resolve("work"));
        Path results = Files.createDirectories(scratch.resolve("results"));
        List<Block> blocks = blocks();
        List<Runnable> runnables = new ArrayList<>();
        List<String> jobs = new ArrayList<>();
        // What the Quick start's first command writes, in the formats the pages go on to read.
        jobs.add(String.join("\t", "cli", "export", "--out", "out", "--format", "json,ndjson"));
        String lastJava = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<String> own = new ArrayList<>();
            String[] snippet = snippetOf(b);
            if (b.lang().equals("java") && snippet != null && snippet[0].equals("snippet")) {
                String[] tags = snippet[2].split(",");
                String method = tags[tags.length - 1];
                String type = "org.hotspotatlas.examples." + snippet[1].replaceFirst("\\.java$", "").replace('/', '.');
                own.add(String.join("\t", "java", type, method.equals("all") ? "main" : method));
                lastJava = b.body();
            } else if (b.lang().equals("sh") && "run".equals(b.marker())) {
                for (String line : b.body().split("\n")) {
                    List<String> words = words(line);
                    if (words.get(0).equals("hotspot-atlas")) {
                        own.add("cli\t" + String.join("\t", words.subList(1, words.size())));
                    } else if (words.get(0).equals("java") && words.get(words.size() - 1).endsWith(".java")) {
                        // A single-file program: the java block shown before it, saved under its name.
                        assertTrue(lastJava != null, b.where() + ": no java block before it");
                        Files.writeString(work.resolve(words.get(words.size() - 1)), lastJava + "\n");
                        own.add("proc\t" + String.join("\t", words).replace("export/target/hotspot-atlas.jar", JAR.toString()));
                    } else if (words.get(0).equals("jq")) {
                        own.add("proc\t" + String.join("\t", words));
                    } else {
                        fail(b.where() + ": cannot run '" + line + "'");
                    }
                }
            } else {
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            Block output = next != null && next.page().equals(b.page()) && next.marker() != null
                    && next.marker().startsWith("output") ? next : null;
            runnables.add(new Runnable(b, own, output));
            jobs.addAll(own);
        }
        Path jobsFile = scratch.resolve("jobs.tsv");
        Files.write(jobsFile, jobs, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DocRunner.class.getName(), jobsFile.toString(), results.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(scratch.resolve("runner.log").toFile())
                .start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the runner finished");
        assertEquals(0, p.exitValue(), Files.readString(scratch.resolve("runner.log")));

        int job = 1;
        assertEquals("0", Files.readString(results.resolve("0.code")), Files.readString(results.resolve("0.err")));
        int outputs = 0;
        int skipped = 0;
        for (Runnable r : runnables) {
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            boolean notInstalled = false;
            for (String j : r.jobs()) {
                int code = Integer.parseInt(Files.readString(results.resolve(job + ".code")));
                String e = Files.readString(results.resolve(job + ".err"), StandardCharsets.UTF_8);
                out.append(Files.readString(results.resolve(job + ".out"), StandardCharsets.UTF_8));
                err.append(e);
                job++;
                if (code == -127) {
                    notInstalled = true;
                    continue;
                }
                assertEquals(0, code, r.block().where() + ": " + j + " failed: " + e);
            }
            if (notInstalled) {
                skipped++;
                continue;
            }
            assertFalse(err.toString().contains("Log4j"), r.block().where() + " printed a logging error: " + err);
            if (r.output() == null) {
                continue;
            }
            String kind = r.output().marker();
            String actual = (kind.equals("output: stderr") ? err : out).toString().replace("\r\n", "\n").stripTrailing();
            String shown = r.output().body().stripTrailing();
            if (kind.equals("output: excerpt")) {
                assertTrue(("\n" + actual + "\n").contains("\n" + shown + "\n"),
                        r.output().where() + ": not printed by the block above; it printed:\n" + actual);
            } else {
                assertEquals(shown, actual, r.output().where() + ": what the block above prints");
            }
            outputs++;
        }
        System.out.println("DocSnippetsTest: ran " + runnables.size() + " blocks (" + (job - 1) + " jobs), "
                + outputs + " shown outputs compared, " + skipped + " skipped for a missing program");
        assertTrue(runnables.size() >= 10 && outputs >= 6, runnables.size() + " runnable blocks, " + outputs + " outputs");
    }

    /** A command line split into words as a POSIX shell would, for the quoting the pages use. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
