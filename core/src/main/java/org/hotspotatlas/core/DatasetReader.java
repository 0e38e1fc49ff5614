package org.hotspotatlas.core;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotspotatlas.core.codec.ProblemList;
import org.hotspotatlas.core.codec.RecordReader;
import org.hotspotatlas.core.model.TextSafety;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the dataset format into the model, collecting every problem with where it is rather than
 * stopping at the first. Malformed JSON stops the read at once, with its line and column.
 *
 * <p>The document is read as a stream: each record of the top-level lists is read into a small tree
 * of its own, turned into a model record, and dropped, so memory tracks the records kept and the
 * largest record, not the document. The other top-level fields (the source, the relationship and a
 * few strings) are kept as trees until the end. Every count a hostile document could inflate is
 * bounded by {@link ReadLimits}: records per list, values per record, problems kept.
 */
final class DatasetReader {
    /** The record codec, which collects the problems. */
    private final RecordReader codec;
    private final ReadLimits limits;
    /** Values the rest of the document may still have. */
    private long documentBudget;

    private DatasetReader(ReadLimits limits) {
        this.limits = limits;
        this.documentBudget = limits.maxValues();
        this.codec = new RecordReader(true, true, limits.maxProblems());
    }

    /** A count limit broken while reading: refused at once, like the parser's own limits. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Refusal(Problem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    static Atlas read(InputStream raw, String name, ReadLimits limits) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length == 0) {
            throw new DatasetException(name, List.of(new Problem("line 1, column 1",
                    "the document is empty; a dataset is a JSON object")));
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            throw new DatasetException(name, List.of(new Problem("line 1, column 1",
                    "the document starts with a byte-order mark; save it as UTF-8 without one")));
        }
        if (notUtf8(head)) {
            // the JSON parser would guess UTF-16 or UTF-32 from these bytes; the format is UTF-8 only
            throw new DatasetException(name, List.of(new Problem("line 1, column 1",
                    "the document is not UTF-8 (it starts like UTF-16 or UTF-32, or with a zero byte);"
                            + " save it as UTF-8")));
        }
        DatasetReader r = new DatasetReader(limits);
        JsonParser parser = null;
        Streamed doc;
        try {
            parser = factory(limits).createParser(ObjectReadContext.empty(), in);
            doc = r.stream(parser);
        } catch (Refusal e) {
            throw new DatasetException(name, List.of(e.problem));
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            if ((at == null || at == TokenStreamLocation.NA) && parser != null) {
                // a read limit is reported without a place; the parser knows where it stopped
                at = parser.currentLocation();
            }
            String what = e instanceof StreamConstraintsException
                    ? "exceeds a read limit: " + firstLine(e).replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "")
                    + " (see ReadLimits)"
                    : "malformed JSON: " + firstLine(e);
            throw new DatasetException(name, List.of(new Problem(place(at), what)), e);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
        if (doc == null) {
            throw new DatasetException(name, List.of(new Problem("line 1, column 1",
                    "the document is empty; a dataset is a JSON object")));
        }
        if (doc.notObject != null) {
            throw new DatasetException(name, List.of(new Problem("$",
                    "the document must be a JSON object, but was " + doc.notObject)));
        }
        Atlas.Builder b = r.atlas(doc).unreadable(r.codec.unreadable()).positions(r.codec.positions())
                .maxProblems(limits.maxProblems());
        // check the records that could be read against each other even when others could not, so
        // that one read reports every problem; but not when a whole list is missing, since every
        // reference into it would then be reported as well
        ProblemList all = new ProblemList(limits.maxProblems());
        all.addAll(r.codec.problems(), r.codec.moreProblems());
        boolean listsRead = RecordReader.LISTS.stream().allMatch(f -> doc.streamed.containsKey(f)
                || (f.equals("events") && (doc.head.path(f).isMissingNode() || doc.head.path(f).isNull())));
        try {
            Atlas atlas = b.build();
            if (all.isEmpty()) {
                return atlas;
            }
        } catch (DatasetException e) {
            if (!listsRead && !all.isEmpty()) {
                throw new DatasetException(name, all, all.more());
            }
            for (Problem p : e.problems()) {
                // a missing data version or source has already been reported where it was read
                boolean repeat = !r.codec.problems().isEmpty() && (p.where().equals("dataVersion") || p.where().equals("source"));
                if (!repeat) {
                    all.add(p);
                }
            }
            all.addAll(List.of(), e.moreProblems());
        }
        throw new DatasetException(name, all, all.more());
    }

    private static String place(TokenStreamLocation at) {
        return at == null || at == TokenStreamLocation.NA || at.getLineNr() < 1 ? "document"
                : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    // ------------------------------------------------------------------ the stream

    /** What the stream held: the top-level fields other than the lists, and the lists' records. */
    private static final class Streamed {
        /** The root's JSON type, if it is not an object. */
        String notObject;
        final ObjectNode head = JsonNodeFactory.instance.objectNode();
        final Map<String, List<?>> streamed = new LinkedHashMap<>();
    }

    /** @return the document's parts, or null if it has no content */
    private Streamed stream(JsonParser p) {
        JsonToken t = p.nextToken();
        if (t == null) {
            return null;
        }
        Streamed doc = new Streamed();
        if (t != JsonToken.START_OBJECT) {
            doc.notObject = kind(t);
            return doc;
        }
        // the fields other than the lists share one budget of values, as one record would
        int[] headBudget = {limits.maxValuesPerRecord()};
        boolean versionDeclared = false;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            t = p.nextToken();
            if (RecordReader.LISTS.contains(field) && t == JsonToken.START_ARRAY) {
                if (!versionDeclared && doc.head.has("formatVersion")) {
                    JsonNode v = doc.head.get("formatVersion");
                    codec.formatVersion(v.isString() ? v.stringValue() : null);
                    versionDeclared = true;
                }
                doc.streamed.put(field, records(p, field));
            } else {
                doc.head.set(field, tree(p, headBudget, "the document's fields other than its lists", null));
            }
        }
        if (p.nextToken() != null) {
            throw new Refusal(new Problem(place(p.currentTokenLocation()),
                    "malformed JSON: content after the end of the document's object"));
        }
        return doc;
    }

    /** Reads one list's records one at a time; the parser is at the list's start. */
    private List<Object> records(JsonParser p, String list) {
        List<Object> out = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (index == limits.maxRecordsPerList()) {
                throw new Refusal(new Problem(place(p.currentTokenLocation()), "exceeds a read limit: the list '"
                        + list + "' has more than " + limits.maxRecordsPerList() + " records"
                        + " (ReadLimits.maxRecordsPerList; see ReadLimits)"));
            }
            int[] budget = {limits.maxValuesPerRecord()};
            JsonNode node = tree(p, budget, null, list + "[" + index + "]");
            Object record = codec.listEntry(list, index, node);
            if (record != null) {
                out.add(record);
            }
            index++;
        }
        return out;
    }

    /**
     * Reads the value at the parser's current token into a tree, counting its values against a
     * budget; without recursion, so nesting costs no stack (the parser bounds it anyway).
     *
     * @param what   what the budget covers, for the message, or null to name the record
     * @param record the record's path, for the message
     */
    private JsonNode tree(JsonParser p, int[] budget, String what, String record) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonToken t = p.currentToken();
        spend(p, budget, what, record, null);
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return scalar(p, t, f);
        }
        ContainerNode<?> root = t == JsonToken.START_OBJECT ? f.objectNode() : f.arrayNode();
        ArrayDeque<ContainerNode<?>> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            t = p.nextToken();
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                open.pop();
                continue;
            }
            ContainerNode<?> top = open.peek();
            String name = null;
            if (top instanceof ObjectNode) {
                name = p.currentName();
                t = p.nextToken();
            }
            spend(p, budget, what, record, root);
            JsonNode child;
            if (t == JsonToken.START_OBJECT) {
                child = f.objectNode();
            } else if (t == JsonToken.START_ARRAY) {
                child = f.arrayNode();
            } else {
                child = scalar(p, t, f);
            }
            if (top instanceof ObjectNode o) {
                o.set(name, child);
            } else {
                ((ArrayNode) top).add(child);
            }
            if (child instanceof ContainerNode<?> c) {
                open.push(c);
            }
        }
        return root;
    }

    private void spend(JsonParser p, int[] budget, String what, String record, ContainerNode<?> root) {
        if (--documentBudget < 0) {
            throw new Refusal(new Problem(place(p.currentTokenLocation()), "exceeds a read limit: the document"
                    + " has more than " + limits.maxValues() + " values (each text, number, list and object counts"
                    + " one; ReadLimits.maxValues; see ReadLimits)"));
        }
        if (--budget[0] >= 0) {
            return;
        }
        String named = what;
        if (named == null) {
            JsonNode id = root instanceof ObjectNode o ? o.get("id") : null;
            named = "the record " + record + (id != null && id.isString() && id.stringValue().length() <= 100
                    && TextSafety.unicodeProblem(id.stringValue()) == null ? " (id " + id.stringValue() + ")" : "");
        }
        throw new Refusal(new Problem(place(p.currentTokenLocation()), "exceeds a read limit: " + named
                + (what == null ? " has" : " have") + " more than " + limits.maxValuesPerRecord() + " values (each reference, locator, text,"
                + " number, list and object counts one; ReadLimits.maxValuesPerRecord; see ReadLimits)"));
    }

    private static JsonNode scalar(JsonParser p, JsonToken t, JsonNodeFactory f) {
        return switch (t) {
            case VALUE_STRING -> f.stringNode(p.getString());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> f.numberNode(p.getIntValue());
                case LONG -> f.numberNode(p.getLongValue());
                default -> f.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> f.booleanNode(true);
            case VALUE_FALSE -> f.booleanNode(false);
            case VALUE_NULL -> f.nullNode();
            default -> throw new IllegalStateException("unexpected token " + t);
        };
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    /** @return whether the first bytes show UTF-16 or UTF-32: a byte-order mark or a zero byte */
    private static boolean notUtf8(byte[] head) {
        if (head.length >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    // A bare parser factory, not an ObjectMapper: the reader builds its trees itself, and on a cold
    // JVM a mapper costs tens of milliseconds (date formats, locale data, type factory) that every
    // command would wait for before it can start.
    private static final JsonFactory DEFAULT_FACTORY = newFactory(ReadLimits.DEFAULT);

    private static JsonFactory factory(ReadLimits limits) {
        return limits.equals(ReadLimits.DEFAULT) ? DEFAULT_FACTORY : newFactory(limits);
    }

    private static JsonFactory newFactory(ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(1_000)
                .maxNumberLength(100)
                .build();
        // (content after the document's object is refused by stream() itself)
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static String firstLine(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    // ------------------------------------------------------------------ the document

    private Atlas.Builder atlas(Streamed streamed) {
        RecordReader.Document doc = codec.document(streamed.head, streamed.streamed);
        Atlas.Builder b = Atlas.builder();
        if (doc == null) {
            return b;
        }
        b.dataVersion(doc.dataVersion()).dataReleased(doc.dataReleased()).source(doc.source());
        if (doc.relationship() != null) {
            b.relationship(doc.relationship());
        }
        return b.addActors(doc.actors()).addHotspots(doc.hotspots()).addClaims(doc.claims()).addEvents(doc.events());
    }
}
