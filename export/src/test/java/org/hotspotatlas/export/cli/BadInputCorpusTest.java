package org.hotspotatlas.export.cli;

import static org.hotspotatlas.export.Hardening.array;
import static org.hotspotatlas.export.Hardening.fixtureWith;
import static org.hotspotatlas.export.Hardening.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.DatasetException;
import org.hotspotatlas.export.Hardening;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;

/**
 * A corpus of bad datasets. Each is refused by {@code Atlas.read} and by the command line
 * ({@code validate FILE} and {@code export --data FILE --out DIR}) with exit code 1, a message that
 * says what is wrong and where, no stack trace, and nothing written. The two huge cases are also
 * run in a separate JVM with a 256 MB heap.
 */
class BadInputCorpusTest {

    /** One bad file: what must be said about it, where and what. */
    record Case(String name, String where, String what) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    static Path dir;

    private static final Map<String, Case> CASES = new LinkedHashMap<>();
    private static final Map<String, Path> FILES = new LinkedHashMap<>();

    private static void add(String name, String where, String what, byte[] content) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.write(file, content);
        CASES.put(name, new Case(name, where, what));
        FILES.put(name, file);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {"formatVersion": "1.0", "dataVersion": "xxx..."} with a string of the given size, streaming. */
    static void writeHugeString(Path file, long chars) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(utf8("{\"formatVersion\": \"1.0\", \"dataVersion\": \""));
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) 'x');
            for (long left = chars; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.write(utf8("\"}"));
        }
    }

    /** Writes {"formatVersion": "1.0", "x": [[[ ... ]]]} nested the given number of levels. */
    static void writeDeep(Path file, int depth) throws IOException {
        Files.writeString(file, "{\"formatVersion\": \"1.0\", \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
    }

    @BeforeAll
    static void writeCorpus() throws IOException {
        byte[] fixture = Hardening.fixtureBytes();
        String text = new String(fixture, StandardCharsets.UTF_8);

        add("empty", "line 1, column 1", "the document is empty", new byte[0]);
        byte[] garbage = new byte[4096];
        new java.util.Random(9).nextBytes(garbage);
        garbage[0] = (byte) 0x8F; // not a zero byte, so that it is read as would-be UTF-8
        add("binary-garbage", "line 1, column", "malformed JSON: Invalid UTF-8 start byte 0x8f", garbage);
        byte[] zeros = garbage.clone();
        zeros[1] = 0;
        add("binary-garbage-with-zero-bytes", "line 1, column 1", "not UTF-8", zeros);
        byte[] bom = new byte[fixture.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(fixture, 0, bom, 3, fixture.length);
        add("byte-order-mark", "line 1, column 1", "byte-order mark", bom);
        add("utf-16", "line 1, column 1", "not UTF-8", text.getBytes(StandardCharsets.UTF_16));
        add("truncated", "line 70, column", "malformed JSON: Unexpected end-of-input",
                utf8(text.substring(0, text.length() / 2)));
        add("invalid-utf-8", "line 1, column", "Invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, '(', '"', '}'});

        writeDeep(dir.resolve("nesting-100000-deep.json"), 100_000);
        CASES.put("nesting-100000-deep", new Case("nesting-100000-deep", "line 1, column",
                "exceeds a read limit: Document nesting depth (33) exceeds the maximum allowed (32)"));
        FILES.put("nesting-100000-deep", dir.resolve("nesting-100000-deep.json"));
        writeHugeString(dir.resolve("string-60-mb.json"), 60L * 1024 * 1024);
        CASES.put("string-60-mb", new Case("string-60-mb", "line 1, column",
                "exceeds a read limit: String value length"));
        FILES.put("string-60-mb", dir.resolve("string-60-mb.json"));

        add("wrong-root-type", "$", "the document must be a JSON object, but was an array", utf8("[{\"formatVersion\": \"1.0\"}]"));
        add("missing-id", "claims[2].id", "is required", fixtureWith(root -> record(root, "claims", 2).remove("id")));
        add("duplicate-id", "actors[12] (id russia)", "duplicate id",
                fixtureWith(root -> array(root, "actors").add(record(root, "actors", 1).deepCopy())));
        add("dangling-reference", "claims[2] (id fx-veto).hotspot", "no hotspot has id 'atlantis'",
                fixtureWith(root -> record(root, "claims", 2).put("hotspot", "atlantis")));
        add("unknown-enum-value", "claims[3] (id fx-loans).modality", "unknown modality 'rumour'; expected one of:",
                fixtureWith(root -> record(root, "claims", 3).put("modality", "rumour")));
        add("impossible-date-30-february", "claims[2] (id fx-veto).time.date", "invalid date '2019-02-30'",
                fixtureWith(root -> ((ObjectNode) record(root, "claims", 2).get("time")).put("date", "2019-02-30")));
        add("impossible-date-month-13", "claims[2] (id fx-veto).time.date", "month must be 1 to 12, but was 13",
                fixtureWith(root -> ((ObjectNode) record(root, "claims", 2).get("time")).put("date", "2019-13")));
        add("locator-outside-the-article", "claims[0] (id fx-relationship).locators[0]",
                "locator ¶8 is outside the source, which has 7 lines",
                fixtureWith(root -> array(record(root, "claims", 0), "locators").set(0, "¶8")));
        add("unknown-format-version", "formatVersion", "unsupported format version '2.0'; this library reads 1.0",
                fixtureWith(root -> root.put("formatVersion", "2.0")));
        add("wrong-value-type", "actors[0] (id china).name", "must be a string, but was a number",
                fixtureWith(root -> record(root, "actors", 0).put("name", 5)));
    }

    static Stream<String> cases() {
        return Stream.of("empty", "binary-garbage", "binary-garbage-with-zero-bytes", "byte-order-mark", "utf-16",
                "truncated", "invalid-utf-8", "nesting-100000-deep", "string-60-mb", "wrong-root-type", "missing-id",
                "duplicate-id", "dangling-reference", "unknown-enum-value", "impossible-date-30-february",
                "impossible-date-month-13", "locator-outside-the-article", "unknown-format-version", "wrong-value-type");
    }

    /** What one command-line run printed and returned. */
    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HotspotAtlasCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The message names the file, the place and the fault, on lines of its own, without a stack trace. */
    static void assertSays(String message, Case c, Path file) {
        assertTrue(message.contains(file.toString()), "names the file: " + message);
        assertTrue(message.contains("  " + c.where()), "says where (" + c.where() + "): " + message);
        assertTrue(message.contains(c.what()), "says what (" + c.what() + "): " + message);
        assertFalse(message.contains("\tat ") || message.contains("Exception") || message.contains("internal error"),
                "no stack trace or exception name: " + message);
        assertTrue(message.length() < 2_000, "short: " + message.length() + " characters");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void atlasReadRefusesIt(String name) {
        Case c = CASES.get(name);
        Path file = FILES.get(name);
        DatasetException e = assertThrows(DatasetException.class, () -> Atlas.read(file));
        assertSays(e.getMessage(), c, file);
        assertTrue(e.problems().stream().anyMatch(p -> p.where().startsWith(c.where()) && p.message().contains(c.what())),
                e.problems()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateRefusesIt(String name) {
        Case c = CASES.get(name);
        Path file = FILES.get(name);
        Run r = cli("validate", file.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("hotspot-atlas: " + file), r.err());
        assertSays(r.err(), c, file);
        assertFalse(r.out().contains("valid"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exportRefusesItAndWritesNothing(String name) throws IOException {
        Case c = CASES.get(name);
        Path file = FILES.get(name);
        Path out = dir.resolve("out-" + name);
        Run r = cli("export", "--data", file.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertSays(r.err(), c, file);
        assertFalse(r.out().contains("wrote"), r.out());
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "nothing is written");
            }
        }
    }

    // ------------------------------------------------------------------ a separate JVM, 256 MB heap

    /** Runs the command line in a new JVM with a 256 MB heap; no timing is asserted. */
    static Run forked(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), HotspotAtlasCli.class.getName()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) { // a guard against a hang, not a speed target
            p.destroyForcibly();
            throw new AssertionError("the forked command line did not finish: " + command);
        }
        return new Run(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    @Test
    void hugeInputsAreRefusedInA256MegabyteHeap() throws Exception {
        for (String name : List.of("string-60-mb", "nesting-100000-deep")) {
            Path file = FILES.get(name);
            Run r = forked("validate", file.toString());
            assertEquals(1, r.code(), name + ": " + r.err());
            assertSays(r.err(), CASES.get(name), file);
            assertFalse(r.err().contains("OutOfMemoryError") || r.err().contains("StackOverflowError"), r.err());
        }
    }
}
