package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each kind of corruption of a random valid dataset is refused with a problem that names the
 * corrupted record's id. The seed drives both the dataset and the corruption.
 */
class CorruptionProperties {
    private static final int EXAMPLES = 100;

    /** A document and the id of the record that was corrupted in it. */
    private record Corrupted(ObjectNode root, String id, String what) {}

    /** A record of the document: which list, which index, its object. */
    private record Rec(String list, int index, ObjectNode node) {
        String id() {
            return node.get("id").stringValue();
        }
    }

    private static ObjectNode tree(Atlas a) {
        try {
            return Docs.tree(CanonicalRoundTripTest.write(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Rec> records(ObjectNode root, String... lists) {
        List<Rec> out = new ArrayList<>();
        for (String l : lists) {
            JsonNode arr = root.get(l);
            for (int i = 0; arr != null && i < arr.size(); i++) {
                out.add(new Rec(l, i, (ObjectNode) arr.get(i)));
            }
        }
        return out;
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** Reads the corrupted document and checks that a problem names the record. */
    private static void refusedNaming(long seed, Corrupted c) {
        DatasetException e = Docs.refusal(() -> Docs.read(c.root()));
        String all = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(e.problems().stream().anyMatch(p -> p.where().contains("(id " + c.id() + ")")),
                "seed " + seed + ": " + c.what() + " of " + c.id() + " not named in:\n" + all);
    }

    private static void check(java.util.function.BiFunction<Random, ObjectNode, Corrupted> corrupt) {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            ObjectNode root = tree(AtlasGen.atlas(seed));
            refusedNaming(seed, corrupt.apply(r, root));
        });
    }

    @Test
    void aMissingRequiredFieldNamesTheRecord() {
        check((r, root) -> {
            Rec rec = pick(r, records(root, "actors", "hotspots", "claims", "events"));
            List<String> required = switch (rec.list()) {
                case "actors" -> List.of("kind", "name");
                case "hotspots" -> List.of("name", "regions", "heading", "location", "assessment", "summary");
                case "claims" -> List.of("subjects", "action", "summary", "modality", "voice", "locators");
                default -> List.of("kind", "title", "locators");
            };
            String field = pick(r, required);
            rec.node().remove(field);
            return new Corrupted(root, rec.id(), "removing " + field);
        });
    }

    @Test
    void aReferenceToAMissingIdNamesTheRecord() {
        check((r, root) -> {
            String ghost = "ghost-" + Math.abs(r.nextInt(1000));
            List<Runnable> edits = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Rec c : records(root, "claims")) {
                edits.add(() -> ((ArrayNode) c.node().get("subjects")).set(0, ghost));
                ids.add(c.id());
                edits.add(() -> c.node().putArray("objects").add(ghost));
                ids.add(c.id());
                edits.add(() -> c.node().put("hotspot", ghost));
                ids.add(c.id());
                edits.add(() -> c.node().putArray("events").add(ghost));
                ids.add(c.id());
            }
            for (Rec e : records(root, "events")) {
                edits.add(() -> e.node().put("place", ghost));
                ids.add(e.id());
                edits.add(() -> e.node().putArray("participants").add(ghost));
                ids.add(e.id());
                edits.add(() -> e.node().put("hotspot", ghost));
                ids.add(e.id());
            }
            for (Rec a : records(root, "actors")) {
                edits.add(() -> a.node().putArray("memberOf").add(ghost));
                ids.add(a.id());
            }
            for (Rec h : records(root, "hotspots")) {
                edits.add(() -> ((ObjectNode) h.node().get("assessment")).putArray("targets").add(ghost));
                ids.add(h.id());
                if (h.node().has("roles")) {
                    edits.add(() -> ((ObjectNode) h.node().get("roles").get(0)).put("actor", ghost));
                    ids.add(h.id());
                }
                if (h.node().has("theatres")) {
                    edits.add(() -> ((ObjectNode) h.node().get("theatres").get(0)).putArray("places").add(ghost));
                    ids.add(h.node().get("theatres").get(0).get("id").stringValue());
                }
            }
            int k = r.nextInt(edits.size());
            edits.get(k).run();
            return new Corrupted(root, ids.get(k), "a dangling reference");
        });
    }

    @Test
    void aDuplicateIdNamesTheRecord() {
        check((r, root) -> {
            Rec rec = pick(r, records(root, "actors", "hotspots", "claims", "events"));
            List<Rec> same = records(root, rec.list());
            if (same.size() > 1 && r.nextBoolean()) {
                // give another record of the same kind this record's id
                Rec other = pick(r, same.stream().filter(o -> o.index() != rec.index()).toList());
                other.node().put("id", rec.id());
            } else {
                ((ArrayNode) root.get(rec.list())).insert(r.nextInt(same.size() + 1), rec.node().deepCopy());
            }
            return new Corrupted(root, rec.id(), "duplicating");
        });
    }

    @Test
    void aLocatorOutsideTheOutlineNamesTheRecord() {
        check((r, root) -> {
            ArrayNode outline = (ArrayNode) root.get("source").get("outline");
            int line = 1 + r.nextInt(outline.size());
            String outside = r.nextBoolean() ? "¶" + (outline.size() + 1 + r.nextInt(5))
                    : "¶" + line + "." + (outline.get(line - 1).intValue() + 1 + r.nextInt(3));
            Rec rec = pick(r, records(root, "actors", "hotspots", "claims", "events"));
            if (rec.list().equals("hotspots")) {
                rec.node().put("heading", outside);
            } else if (rec.node().has("locators")) {
                ArrayNode locs = (ArrayNode) rec.node().get("locators");
                locs.set(r.nextInt(locs.size()), outside);
            } else {
                rec.node().putArray("locators").add(outside);
            }
            return new Corrupted(root, rec.id(), "locator " + outside);
        });
    }

    @Test
    void anUnknownCodeNamesTheRecord() {
        check((r, root) -> {
            Rec rec = pick(r, records(root, "actors", "hotspots", "claims", "events"));
            String bad = "no-such-code-" + r.nextInt(100);
            String field = switch (rec.list()) {
                case "actors" -> "kind";
                case "hotspots" -> pick(r, List.of("regions", "assessment"));
                case "claims" -> pick(r, List.of("action", "modality", "voice"));
                default -> "kind";
            };
            switch (field) {
                case "regions" -> ((ArrayNode) rec.node().get("regions")).set(0, bad);
                case "assessment" -> ((ObjectNode) rec.node().get("assessment")).put("alignment", bad);
                default -> rec.node().put(field, bad);
            }
            return new Corrupted(root, rec.id(), "code " + bad + " in " + field);
        });
    }
}
