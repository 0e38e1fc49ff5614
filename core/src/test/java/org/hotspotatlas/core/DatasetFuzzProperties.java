package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded mutations of the fixture: truncations, type swaps, dropped and duplicated fields and
 * records, hostile values and random bytes. Each mutated document is either refused with a
 * {@link DatasetException} whose every problem has a place and a message, or accepted as a valid
 * atlas that writes and reads back equal. Nothing else is thrown, and no case takes more than a
 * few seconds. A failure names the case's seed and mutation, so it can be run again alone.
 */
class DatasetFuzzProperties {

    /** The first seed; case i uses {@code SEED + i}. */
    static final long SEED = 20_190_618L;
    /** How many mutated documents are tried. */
    static final int CASES = 400;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Writes every character outside ASCII as an escape, so a lone surrogate is written as one. */
    private static final tools.jackson.databind.json.JsonMapper WRITER = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** One mutated document and how it was made. */
    record Mutant(String how, byte[] bytes) {}

    @Test
    void everyMutationIsRefusedWithAPlaceOrAcceptedAsValid() {
        byte[] fixture = Fixtures.bytes();
        int refused = 0;
        int accepted = 0;
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            Mutant m = mutate(new Random(seed), fixture);
            String name = "case " + i + " (seed " + seed + ", " + m.how() + ")";
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(name, m.bytes()),
                    name + " did not finish");
            if (ok) {
                accepted++;
            } else {
                refused++;
            }
        }
        System.out.printf("DatasetFuzzProperties: %d cases (%d refused, %d accepted) in %d ms%n", CASES, refused,
                accepted, (System.nanoTime() - start) / 1_000_000);
        assertEquals(CASES, refused + accepted);
        assertTrue(refused > CASES / 2, "most mutations break the document: " + refused);
    }

    /** @return true if the document was accepted (and is valid), false if it was refused cleanly */
    static boolean check(String name, byte[] bytes) {
        Atlas atlas;
        try {
            atlas = Atlas.read(new ByteArrayInputStream(bytes), "fuzz", ReadLimits.DEFAULT);
        } catch (DatasetException e) {
            assertFalse(e.problems().isEmpty(), name);
            for (Problem p : e.problems()) {
                assertFalse(p.where().isBlank(), name + ": a problem without a place: " + p);
                assertFalse(p.message().isBlank(), name + ": a problem without a message: " + p);
                assertFalse(p.message().contains("Exception") || p.message().contains("\tat "),
                        name + ": a problem that shows an exception: " + p);
            }
            assertTrue(e.getMessage().startsWith("fuzz: "), name + ": " + e.getMessage());
            return false;
        } catch (Throwable t) {
            fail(name + " threw " + t, t);
            return false;
        }
        // accepted: it is a valid atlas, which writes and reads back equal
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            atlas.write(out);
        } catch (IOException e) {
            fail(name + ": writing failed", e);
        }
        assertEquals(atlas, Atlas.read(new ByteArrayInputStream(out.toByteArray()), "again", ReadLimits.DEFAULT), name);
        atlas.textWarnings();
        return true;
    }

    // ---------------------------------------------------------------- mutations

    static Mutant mutate(Random r, byte[] fixture) {
        return switch (r.nextInt(9)) {
            case 0 -> truncate(r, fixture);
            case 1 -> randomBytes(r, fixture);
            case 2 -> tree(r, fixture, "swap the type of", DatasetFuzzProperties::swapType);
            case 3 -> tree(r, fixture, "drop a field of", DatasetFuzzProperties::dropField);
            case 4 -> tree(r, fixture, "duplicate an element of", DatasetFuzzProperties::duplicateElement);
            case 5 -> duplicateKey(r, fixture);
            case 6 -> tree(r, fixture, "put a hostile value in", DatasetFuzzProperties::hostileValue);
            case 7 -> tree(r, fixture, "move a field to", DatasetFuzzProperties::moveField);
            default -> several(r, fixture);
        };
    }

    private static Mutant truncate(Random r, byte[] fixture) {
        int at = r.nextInt(fixture.length);
        return new Mutant("truncate at byte " + at, java.util.Arrays.copyOf(fixture, at));
    }

    private static Mutant randomBytes(Random r, byte[] fixture) {
        byte[] b = fixture.clone();
        int n = 1 + r.nextInt(8);
        StringBuilder how = new StringBuilder("overwrite bytes at");
        for (int k = 0; k < n; k++) {
            int at = r.nextInt(b.length);
            b[at] = (byte) r.nextInt(256);
            how.append(' ').append(at);
        }
        if (r.nextBoolean()) {
            // also insert a run of random bytes
            byte[] run = new byte[1 + r.nextInt(64)];
            r.nextBytes(run);
            int at = r.nextInt(b.length);
            byte[] c = new byte[b.length + run.length];
            System.arraycopy(b, 0, c, 0, at);
            System.arraycopy(run, 0, c, at, run.length);
            System.arraycopy(b, at, c, at + run.length, b.length - at);
            b = c;
            how.append(", insert ").append(run.length).append(" at ").append(at);
        }
        return new Mutant(how.toString(), b);
    }

    /** Writes a second {@code "id"} key into a random object that has one: a duplicate key. */
    private static Mutant duplicateKey(Random r, byte[] fixture) {
        String text = new String(fixture, StandardCharsets.UTF_8);
        List<Integer> ids = new ArrayList<>();
        for (int at = text.indexOf("{\"id\": "); at >= 0; at = text.indexOf("{\"id\": ", at + 1)) {
            ids.add(at);
        }
        int at = ids.get(r.nextInt(ids.size()));
        String dup = text.substring(0, at + 1) + "\"id\": \"dup\", " + text.substring(at + 1);
        return new Mutant("duplicate the id key at character " + at, dup.getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    interface Edit {
        /** @return what was done, or null if nothing could be done at this node */
        String apply(Random r, JsonNode node);
    }

    private static Mutant tree(Random r, byte[] fixture, String verb, Edit edit) {
        ObjectNode root = (ObjectNode) Docs.JSON.readTree(fixture);
        List<String> pointers = new ArrayList<>();
        containers(root, "", pointers);
        for (int tries = 0; tries < 50; tries++) {
            String pointer = pointers.get(r.nextInt(pointers.size()));
            String done = edit.apply(r, root.at(pointer));
            if (done != null) {
                return new Mutant(verb + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + done,
                        WRITER.writeValueAsBytes(root));
            }
        }
        return new Mutant("no edit", fixture);
    }

    private static Mutant several(Random r, byte[] fixture) {
        Mutant m = tree(r, fixture, "swap the type of", DatasetFuzzProperties::swapType);
        m = tree(r, m.bytes(), "drop a field of", DatasetFuzzProperties::dropField);
        m = tree(r, m.bytes(), "put a hostile value in", DatasetFuzzProperties::hostileValue);
        return new Mutant("three edits, the last: " + m.how(), m.bytes());
    }

    private static void containers(JsonNode n, String pointer, List<String> out) {
        if (n.isObject() || n.isArray()) {
            out.add(pointer);
            if (n.isObject()) {
                n.properties().forEach(e -> containers(e.getValue(), pointer + "/" + escape(e.getKey()), out));
            } else {
                for (int i = 0; i < n.size(); i++) {
                    containers(n.get(i), pointer + "/" + i, out);
                }
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Values of every JSON type, and some values a reader must be wary of. */
    private static JsonNode anyValue(Random r) {
        return switch (r.nextInt(16)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> F.numberNode(r.nextInt());
            case 3 -> F.numberNode(Long.MIN_VALUE);
            case 4 -> F.numberNode(new java.math.BigInteger("1" + "0".repeat(40)));
            case 5 -> F.numberNode(-1.5e300);
            case 6 -> F.stringNode("");
            case 7 -> F.stringNode("   ");
            case 8 -> F.stringNode("\uD800 lone");
            case 9 -> F.stringNode("rtl \u202Etxt.exe");
            case 10 -> F.stringNode("\u00B6" + r.nextInt(1_000_000));
            case 11 -> F.stringNode("2019-02-" + (28 + r.nextInt(5)));
            case 12 -> F.arrayNode().add(F.arrayNode()).add(F.objectNode());
            case 13 -> F.objectNode().put("id", "x");
            case 14 -> F.stringNode("china");
            default -> F.stringNode("=HYPERLINK(\"x\")");
        };
    }

    private static String swapType(Random r, JsonNode node) {
        if (node instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.propertyNames().forEach(names::add);
            String name = names.get(r.nextInt(names.size()));
            JsonNode v = anyValue(r);
            o.set(name, v);
            return name + " = " + v;
        }
        if (node instanceof ArrayNode a && !a.isEmpty()) {
            int i = r.nextInt(a.size());
            JsonNode v = anyValue(r);
            a.set(i, v);
            return "[" + i + "] = " + v;
        }
        return null;
    }

    private static String dropField(Random r, JsonNode node) {
        if (node instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.propertyNames().forEach(names::add);
            String name = names.get(r.nextInt(names.size()));
            o.remove(name);
            return name;
        }
        if (node instanceof ArrayNode a && !a.isEmpty()) {
            int i = r.nextInt(a.size());
            a.remove(i);
            return "[" + i + "]";
        }
        return null;
    }

    private static String duplicateElement(Random r, JsonNode node) {
        if (node instanceof ArrayNode a && !a.isEmpty()) {
            int i = r.nextInt(a.size());
            a.add(a.get(i).deepCopy());
            return "[" + i + "]";
        }
        return null;
    }

    private static String hostileValue(Random r, JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> texts = new ArrayList<>();
            o.properties().forEach(e -> {
                if (e.getValue().isString()) {
                    texts.add(e.getKey());
                }
            });
            if (texts.isEmpty()) {
                return null;
            }
            String name = texts.get(r.nextInt(texts.size()));
            String[] hostile = {"\uDBFF", "a\uDC00b", "x\u202Ey", "\u2066iso\u2069", "\u0000", "\uFFFF",
                    "\uD83D\uDE00", "-5", "¶0", "1e9999"};
            String v = o.get(name).stringValue() + hostile[r.nextInt(hostile.length)];
            o.put(name, v);
            return name + " += a hostile piece";
        }
        if (node instanceof ArrayNode a && !a.isEmpty() && a.get(0).isString()) {
            a.add(F.stringNode("\uDC00"));
            return "a lone surrogate added";
        }
        return null;
    }

    /** Moves a field of one object into another: known fields in the wrong place. */
    private static String moveField(Random r, JsonNode node) {
        if (node instanceof ObjectNode o && o.size() > 1) {
            List<String> names = new ArrayList<>();
            o.propertyNames().forEach(names::add);
            String from = names.get(r.nextInt(names.size()));
            JsonNode v = o.get(from);
            if (v instanceof ObjectNode inner) {
                String other = names.get(r.nextInt(names.size()));
                if (!other.equals(from) && !inner.has(other)) {
                    inner.set(other, o.get(other).deepCopy());
                    return other + " copied into " + from;
                }
            }
            if (v instanceof ArrayNode list && !list.isEmpty() && list.get(0) instanceof ObjectNode first) {
                String other = names.get(r.nextInt(names.size()));
                if (!other.equals(from) && !first.has(other)) {
                    first.set(other, o.get(other).deepCopy());
                    return other + " copied into " + from + "[0]";
                }
            }
        }
        return null;
    }
}
