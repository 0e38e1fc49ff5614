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
 * says what is wrong and where, no stack trace, and nothing written. Every case but the first
 * nineteen is also run through all three in a separate JVM with a 256 MB heap ({@link CorpusRun}),
 * and so are the two huge ones among the first; the cases that break a count limit with many
 * megabytes run only there.
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
    /** Cases whose message must also say this, such as how many more problems there were. */
    private static final Map<String, String> ALSO = new LinkedHashMap<>();
    /** The cases added for issue 18, all run in a 256 MB heap; those also run in this JVM are in {@link #cases()}. */
    static final List<String> FORKED = List.of("lone-surrogate-escape", "lone-low-surrogate-in-an-alias",
            "place-inside-itself", "actor-member-of-itself", "member-of-cycle-of-two", "member-of-cycle-of-three",
            "acts-for-cycle-of-three", "negative-lower-bound", "negative-ordinal", "fewer-than-nothing",
            "references-per-record-20000", "empty-records-1-million", "problems-540000", "file-over-64-mib",
            "valid-records-1-million", "values-per-document", "heaviest-refused-after-reading",
            "string-60-mb", "nesting-100000-deep");
    /** Valid text that may mislead a reader: accepted, with a warning, and shown visibly. */
    static final String BIDI = "bidi-controls";
    static final String RLO_SUMMARY = "Loans to Firefly, see invoice\u202Etxt.exe";

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

    /** Streams a file: a head, then {@code count} records made by {@code record}, joined by commas, then a tail. */
    static void writeRecords(Path file, String head, long count, java.util.function.LongFunction<String> record,
                             String tail) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(utf8(head));
            for (long i = 0; i < count; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(utf8(record.apply(i)));
            }
            out.write(utf8(tail));
        }
    }

    /** The fixture's text up to the start of a list's records: {@code ... "claims": [}. */
    static String upToList(String fixture, String list) {
        int at = fixture.indexOf("\"" + list + "\": [");
        return fixture.substring(0, fixture.indexOf('[', at) + 1);
    }

    /** The fixture's text from the end of a list's records: {@code ], "events": [...] }}. */
    static String fromListEnd(String fixture, String list) {
        return "]" + fixture.substring(fixture.indexOf("\n  ]", fixture.indexOf("\"" + list + "\": [")) + 4);
    }

    private static void addFile(String name, String where, String what, Path file) {
        CASES.put(name, new Case(name, where, what));
        FILES.put(name, file);
    }

    /** The cases of issue 18: text that is not Unicode, structure that cannot be, impossible counts, count limits. */
    static void writeIssue18Cases(String text) throws IOException {
        add("lone-surrogate-escape", "claims[2] (id fx-veto).summary", "unpaired surrogate U+D800 at character 13",
                utf8(text.replace("Both vetoed a draft", "Both vetoed \\uD800 a draft")));
        add("lone-low-surrogate-in-an-alias", "actors[0] (id china).aliases[0]", "unpaired surrogate U+DC00",
                utf8(text.replace("\"PRC\"", "\"PR\\uDC00C\"")));
        add("place-inside-itself", "actors[10] (id harbin)", "actor 'harbin' is a member of itself",
                fixtureWith(root -> array(record(root, "actors", 10), "memberOf").add("harbin")));
        add("actor-member-of-itself", "actors[0] (id china)", "actor 'china' is a member of itself",
                fixtureWith(root -> record(root, "actors", 0).putArray("memberOf").add("china")));
        // harbin lies within china already
        add("member-of-cycle-of-two", "actors[0] (id china).memberOf",
                "memberOf must not form a cycle (nothing may belong to or lie within itself), but it does:"
                        + " china -> harbin -> china",
                fixtureWith(root -> record(root, "actors", 0).putArray("memberOf").add("harbin")));
        add("member-of-cycle-of-three", "actors[0] (id china).memberOf", "but it does: china -> sylvania -> harbin -> china",
                fixtureWith(root -> {
                    record(root, "actors", 0).putArray("memberOf").add("sylvania");
                    record(root, "actors", 5).putArray("memberOf").add("harbin");
                }));
        add("acts-for-cycle-of-three", "actors[0] (id china).actsFor",
                "actsFor must not form a cycle, but it does: china -> russia -> chen-wei -> china",
                fixtureWith(root -> {
                    record(root, "actors", 0).put("actsFor", "russia");
                    record(root, "actors", 1).put("actsFor", "chen-wei");
                }));
        add("negative-lower-bound", "claims[0] (id fx-relationship).quantities[0]",
                "its value must be 0 or more, but was -30 (bound more-than)",
                fixtureWith(root -> ((ObjectNode) record(root, "claims", 0).get("quantities").get(0)).put("value", -30)));
        add("negative-ordinal", "claims[0] (id fx-relationship).quantities[1]", "must be 1 or more, but was -2",
                fixtureWith(root -> array(record(root, "claims", 0), "quantities").addObject()
                        .put("measure", "edition of the forum").put("value", -2).put("bound", "exact")
                        .put("unit", "editions").put("ordinal", true)));
        add("fewer-than-nothing", "claims[0] (id fx-relationship).quantities[0]", "must have a value of 1 or more",
                fixtureWith(root -> ((ObjectNode) record(root, "claims", 0).get("quantities").get(0))
                        .put("bound", "fewer-than").put("value", 0)));

        // one record with a very long list of references
        StringBuilder subjects = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            subjects.append(i == 0 ? "" : ", ").append("\"ref-").append(i).append('"');
        }
        add("references-per-record-20000", "line ",
                "exceeds a read limit: the record claims[2] (id fx-veto) has more than 10000 values",
                utf8(text.replace("\"subjects\": [\"china\", \"russia\"], \"action\": \"veto\"",
                        "\"subjects\": [" + subjects + "], \"action\": \"veto\"")));
        // a few megabytes of empty records
        Path empty = dir.resolve("empty-records-1-million.json");
        writeRecords(empty, upToList(text, "claims"), 1_000_000, i -> "{}", fromListEnd(text, "claims"));
        addFile("empty-records-1-million", "line ",
                "exceeds a read limit: the list 'claims' has more than 100000 records", empty);
        // ninety thousand empty records, six problems each (six required fields): the first are kept, the rest counted
        Path many = dir.resolve("problems-540000.json");
        writeRecords(many, upToList(text, "claims"), 90_000, i -> "{}", fromListEnd(text, "claims"));
        addFile("problems-540000", "claims[0].id", "is required", many);
        ALSO.put("problems-540000", "... and 539950 more");
        // a file over the size limit is refused before it is read (a sparse file: no disk is used)
        Path big = dir.resolve("file-over-64-mib.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024 + 1);
        }
        addFile("file-over-64-mib", "file", "is 67108865 bytes, over the limit of 67108864 bytes", big);
    }

    /** The big count-limit cases, run only in a forked 256 MB heap. */
    static void writeBigCases(String text) throws IOException {
        // about a million valid-looking records, under the size limit
        Path valid = dir.resolve("valid-records-1-million.json");
        writeRecords(valid, upToList(text, "actors"), 1_000_000,
                i -> "{\"id\":\"a" + i + "\",\"kind\":\"place\",\"name\":\"A\",\"locators\":[\"\u00b62\"]}",
                fromListEnd(text, "actors"));
        addFile("valid-records-1-million", "line ", "exceeds a read limit: the list 'actors' has more than 100000 records",
                valid);
        // many records each just under the values-per-record limit
        Path values = dir.resolve("values-per-document.json");
        writeRecords(values, upToList(text, "claims"), 250, i -> {
            StringBuilder sb = new StringBuilder("{\"id\": \"v" + i + "\", \"subjects\": [");
            for (int k = 0; k < 9_000; k++) {
                sb.append(k == 0 ? "" : ",").append("\"s").append(k).append('"');
            }
            return sb.append("], \"action\": \"veto\", \"summary\": \"x\", \"modality\": \"fact\","
                    + " \"voice\": \"author\", \"locators\": [\"\u00b62\"]}").toString();
        }, fromListEnd(text, "claims"));
        addFile("values-per-document", "line ", "exceeds a read limit: the document has more than 2000000 values",
                values);
        // the most a document within every limit can make the reader hold before it refuses it: as
        // many distinct references as the values limit allows (each a string of its own in memory),
        // then as much text as the size limit leaves, in 100,000-character summaries (one character
        // outside Latin-1 makes Java hold each at two bytes a character); the references resolve to
        // nothing, so the refusal comes only after everything has been read and checked
        String claim = "{\"id\": \"c%d\", \"hotspot\": \"freedonia\", \"subjects\": [%s],"
                + " \"action\": \"veto\", \"summary\": \"%s\", \"modality\": \"fact\", \"voice\": \"author\","
                + " \"locators\": [\"\u00b64.2\"]}";
        String longSummary = "\u0100" + "x".repeat(99_998);
        int referring = 200;
        Path heavy = dir.resolve("heaviest-refused-after-reading.json");
        writeRecords(heavy, upToList(text, "claims"), referring + 400, i -> {
            StringBuilder refs = new StringBuilder("\"china\"");
            for (int k = 0; i < referring && k < 9_900; k++) {
                refs.append(",\"s").append(i * 10_000 + k).append('"');
            }
            return String.format(java.util.Locale.ROOT, claim, i, refs, i < referring ? "Both vetoed." : longSummary);
        }, fromListEnd(text, "claims"));
        addFile("heaviest-refused-after-reading", "claims[0] (id c0).subjects[1]", "no actor has id 's0'", heavy);
        ALSO.put("heaviest-refused-after-reading", "1980000 problems");
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
        writeIssue18Cases(text);
        writeBigCases(text);
        Path bidi = dir.resolve(BIDI + ".json");
        Files.write(bidi, fixtureWith(root -> {
            record(root, "claims", 3).put("summary", RLO_SUMMARY);
            array(record(root, "actors", 0), "aliases").set(1, "\u2066Bei\u2069jing");
        }));
        FILES.put(BIDI, bidi);
    }

    static Stream<String> cases() {
        return Stream.concat(Stream.of("empty", "binary-garbage", "binary-garbage-with-zero-bytes", "byte-order-mark",
                "utf-16", "truncated", "invalid-utf-8", "nesting-100000-deep", "string-60-mb", "wrong-root-type",
                "missing-id", "duplicate-id", "dangling-reference", "unknown-enum-value", "impossible-date-30-february",
                "impossible-date-month-13", "locator-outside-the-article", "unknown-format-version", "wrong-value-type"),
                FORKED.stream().filter(n -> !BIG.contains(n) && !n.equals("string-60-mb") && !n.equals("nesting-100000-deep")));
    }

    /** Cases of many megabytes, run only in the forked JVM. */
    static final List<String> BIG = List.of("valid-records-1-million", "values-per-document",
            "heaviest-refused-after-reading");

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
        // one line per problem, at most fifty of them and a count of the rest, none echoing a huge value
        List<String> lines = message.lines().toList();
        assertTrue(lines.size() <= 53, "at most 50 problems listed: " + lines.size() + " lines");
        assertTrue(lines.stream().allMatch(l -> l.length() < 600), "no line is long: " + message.length() + " characters");
        if (ALSO.containsKey(c.name())) {
            assertTrue(message.contains(ALSO.get(c.name())), "also says " + ALSO.get(c.name()) + ": " + message);
        }
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

    /** Runs a main class in a new JVM with a 256 MB heap; no timing is asserted. */
    static Run forked(Class<?> main, List<String> args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) { // a guard against a hang, not a speed target
            p.destroyForcibly();
            throw new AssertionError("the forked JVM did not finish: " + Files.readString(stdout));
        }
        return new Run(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    @Test
    void hugeInputsAreRefusedInA256MegabyteHeap() throws Exception {
        for (String name : List.of("string-60-mb", "nesting-100000-deep")) {
            Path file = FILES.get(name);
            Run r = forked(HotspotAtlasCli.class, List.of("validate", file.toString()));
            assertEquals(1, r.code(), name + ": " + r.err());
            assertSays(r.err(), CASES.get(name), file);
            assertFalse(r.err().contains("OutOfMemoryError") || r.err().contains("StackOverflowError"), r.err());
        }
    }

    /**
     * Every case of issue 18, and the two huge ones, through {@code Atlas.read}, {@code validate} and
     * {@code export --data} in one JVM with a 256 MB heap: each is refused with its place and fault,
     * without a stack trace, and export writes nothing. The peak heap of each is printed.
     */
    @Test
    void everyCaseIsRefusedInA256MegabyteHeap() throws Exception {
        Path results = Files.createDirectories(dir.resolve("forked"));
        List<String> args = new ArrayList<>(List.of(results.toString()));
        FORKED.forEach(n -> args.add(n + "=" + FILES.get(n)));
        args.add(BIDI + "=" + FILES.get(BIDI));
        Run run = forked(CorpusRun.class, args);
        assertEquals(0, run.code(), "the forked run ended early: " + run.out() + run.err());
        System.out.print(run.out());
        for (String name : FORKED) {
            Case c = CASES.get(name);
            Path file = FILES.get(name);
            String read = Files.readString(results.resolve(name + ".read.txt"));
            assertSays(read, c, file);
            assertTrue(read.startsWith(file.toString()), name + ": " + read);
            for (String command : List.of("validate", "export")) {
                String said = Files.readString(results.resolve(name + "." + command + ".txt"));
                int split = said.indexOf("\n--- out\n");
                assertTrue(said.startsWith("1\n") && split > 0, name + " " + command + ": " + said);
                String err = said.substring(2, split);
                String out = said.substring(split + 9);
                assertTrue(err.startsWith("hotspot-atlas: " + file), name + " " + command + ": " + err);
                assertSays(err, c, file);
                assertFalse(out.contains("valid") || out.contains("wrote"), name + " " + command + ": " + out);
            }
            Path out = results.resolve("out-" + name);
            if (Files.exists(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    assertEquals(List.of(), files.toList(), name + ": nothing is written");
                }
            }
        }
        assertTrue(Files.readString(results.resolve(BIDI + ".read.txt")).startsWith("accepted: Atlas["));
        for (String command : List.of("validate", "export")) {
            String said = Files.readString(results.resolve(BIDI + "." + command + ".txt"));
            assertTrue(said.startsWith("0\n"), command + ": " + said);
            assertEquals(1, said.split("warning: claims\\[3\\] \\(id fx-loans\\)\\.summary: holds the bidirectional"
                    + " control U\\+202E", -1).length - 1, command + " warns once: " + said);
        }
    }

    /**
     * Bidirectional controls are valid text: {@code validate} accepts the file and warns, naming the
     * record and field; {@code export} writes every format and warns once; the workbook shows each
     * control as a marker, and the JSON keeps the text exactly.
     */
    @Test
    void bidirectionalControlsAreWarnedAboutShownAndKept() throws IOException {
        Path file = FILES.get(BIDI);
        Run v = cli("validate", file.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("valid"), v.out());
        List<String> warnings = v.err().lines().toList();
        assertEquals(List.of("warning: actors[0] (id china).aliases[1]: holds the bidirectional controls U+2066, U+2069,"
                        + " which can make the text display in another order than it is stored; the workbook and the"
                        + " brief show each as a marker such as [U+2066], the JSON formats keep it",
                "warning: claims[3] (id fx-loans).summary: holds the bidirectional control U+202E, which can make the"
                        + " text display in another order than it is stored; the workbook and the brief show each as a"
                        + " marker such as [U+202E], the JSON formats keep it"), warnings);
        Path out = dir.resolve("out-" + BIDI);
        Run e = cli("export", "--data", file.toString(), "--out", out.toString(), "--format", "xlsx,json,ndjson");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.err().lines().toList().containsAll(warnings), e.err());
        assertEquals(warnings.size(), e.err().lines().filter(l -> l.contains("bidirectional")).count(), e.err());
        // JSON keeps the text exactly
        assertEquals(RLO_SUMMARY, Hardening.json(Files.readAllBytes(out.resolve("hotspot-atlas.json")))
                .get("claims").get(3).get("summary").stringValue());
        assertTrue(Hardening.ndjson(Files.readAllBytes(out.resolve("hotspot-atlas.claims.ndjson"))).stream()
                .anyMatch(line -> RLO_SUMMARY.equals(line.get("summary").stringValue())), "the NDJSON keeps it");
        // the workbook shows the control as a marker, so "txt.exe" is not shown reversed
        try (var wb = Hardening.xlsx(Files.readAllBytes(out.resolve("hotspot-atlas.xlsx")))) {
            boolean shown = false;
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            String t = cell.getStringCellValue();
                            assertFalse(t.contains("\u202E") || t.contains("\u2066"), "a control in a cell: " + t);
                            shown |= t.equals("Loans to Firefly, see invoice[U+202E]txt.exe");
                        }
                    }
                }
            }
            assertTrue(shown, "a cell shows the marker");
        }
    }
}
