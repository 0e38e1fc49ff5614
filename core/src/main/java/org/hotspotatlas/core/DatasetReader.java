package org.hotspotatlas.core;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.hotspotatlas.core.codec.RecordReader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the dataset format into the model, collecting every problem with where it is rather than
 * stopping at the first. Malformed JSON stops the read at once, with its line and column.
 */
final class DatasetReader {
    /** The record codec, which collects the problems. */
    private final RecordReader codec = new RecordReader(true, true);

    private DatasetReader() {}

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
        JsonNode root;
        JsonMapper mapper = mapper(limits);
        JsonParser parser = null;
        try {
            parser = mapper.createParser(in);
            root = mapper.readTree(parser);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            if ((at == null || at == TokenStreamLocation.NA) && parser != null) {
                // a read limit is reported without a place; the parser knows where it stopped
                at = parser.currentLocation();
            }
            String where = at == null || at == TokenStreamLocation.NA || at.getLineNr() < 1 ? "document"
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = e instanceof StreamConstraintsException
                    ? "exceeds a read limit: " + firstLine(e).replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "")
                    + " (see ReadLimits)"
                    : "malformed JSON: " + firstLine(e);
            throw new DatasetException(name, List.of(new Problem(where, what)), e);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
        if (root == null || root.isMissingNode()) {
            throw new DatasetException(name, List.of(new Problem("line 1, column 1",
                    "the document is empty; a dataset is a JSON object")));
        }
        if (!root.isObject()) {
            throw new DatasetException(name, List.of(new Problem("$",
                    "the document must be a JSON object, but was " + RecordReader.kind(root))));
        }
        DatasetReader r = new DatasetReader();
        Atlas.Builder b = r.atlas(root).unreadable(r.codec.unreadable()).positions(r.codec.positions());
        // check the records that could be read against each other even when others could not, so
        // that one read reports every problem; but not when a whole list is missing, since every
        // reference into it would then be reported as well
        List<Problem> all = new ArrayList<>(r.codec.problems());
        boolean listsRead = List.of("actors", "hotspots", "claims", "events").stream()
                .allMatch(f -> root.path(f).isArray() || (f.equals("events") && (root.path(f).isMissingNode() || root.path(f).isNull())));
        try {
            Atlas atlas = b.build();
            if (all.isEmpty()) {
                return atlas;
            }
        } catch (DatasetException e) {
            if (!listsRead && !all.isEmpty()) {
                throw new DatasetException(name, all);
            }
            for (Problem p : e.problems()) {
                // a missing data version or source has already been reported where it was read
                boolean repeat = !r.codec.problems().isEmpty() && (p.where().equals("dataVersion") || p.where().equals("source"));
                if (!repeat) {
                    all.add(p);
                }
            }
        }
        throw new DatasetException(name, all);
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

    private static final JsonMapper DEFAULT_MAPPER = newMapper(ReadLimits.DEFAULT);

    private static JsonMapper mapper(ReadLimits limits) {
        return limits.equals(ReadLimits.DEFAULT) ? DEFAULT_MAPPER : newMapper(limits);
    }

    private static JsonMapper newMapper(ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(1_000)
                .maxNumberLength(100)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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

    private Atlas.Builder atlas(JsonNode root) {
        RecordReader.Document doc = codec.document(root);
        Atlas.Builder b = Atlas.builder();
        if (doc == null) {
            return b;
        }
        b.dataVersion(doc.dataVersion()).source(doc.source());
        if (doc.relationship() != null) {
            b.relationship(doc.relationship());
        }
        return b.addActors(doc.actors()).addHotspots(doc.hotspots()).addClaims(doc.claims()).addEvents(doc.events());
    }
}
