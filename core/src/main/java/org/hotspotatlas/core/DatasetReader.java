package org.hotspotatlas.core;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import org.hotspotatlas.core.io.DatasetFormat;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Bound;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.ExternalId;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.LocalName;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Quantity;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;
import org.hotspotatlas.core.model.Voice;

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
    private final List<Problem> problems = new ArrayList<>();
    /** Ids of records that were present but could not be read; references to them are not dangling. */
    private final Set<String> unreadable = new java.util.HashSet<>();
    /** Each top-level record's index in the file, which differs from its index in the atlas once an
     *  earlier record could not be read. */
    private final Map<Object, Integer> positions = new java.util.IdentityHashMap<>();

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
                    "the document must be a JSON object, but was " + kind(root))));
        }
        DatasetReader r = new DatasetReader();
        Atlas.Builder b = r.atlas(root).unreadable(r.unreadable).positions(r.positions);
        // check the records that could be read against each other even when others could not, so
        // that one read reports every problem; but not when a whole list is missing, since every
        // reference into it would then be reported as well
        List<Problem> all = new ArrayList<>(r.problems);
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
                boolean repeat = !r.problems.isEmpty() && (p.where().equals("dataVersion") || p.where().equals("source"));
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

    static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Wraps a top-level record reader so that each record read remembers its index in the file. */
    private <T> BiFunction<JsonNode, String, T> positioned(BiFunction<JsonNode, String, T> read) {
        int[] next = {0};
        return (node, path) -> {
            int index = next[0]++;
            T record = read.apply(node, path);
            if (record != null) {
                positions.put(record, index);
            }
            return record;
        };
    }

    // ------------------------------------------------------------------ the document

    private Atlas.Builder atlas(JsonNode root) {
        Obj o = new Obj(root, "$");
        o.known("$schema", "formatVersion", "dataVersion", "source", "actors", "hotspots", "claims", "events");
        String version = o.text("formatVersion");
        if (version != null && !DatasetFormat.SUPPORTED_VERSIONS.contains(version)) {
            problems.clear();
            problems.add(new Problem("formatVersion", "unsupported format version '" + version
                    + "'; this library reads " + String.join(", ", DatasetFormat.SUPPORTED_VERSIONS)));
            return Atlas.builder();
        }
        o.optText("$schema");
        Atlas.Builder b = Atlas.builder().dataVersion(o.text("dataVersion"));
        JsonNode src = o.node("source", true);
        if (src != null) {
            b.source(source(new Obj(src, "source")));
        }
        b.addActors(o.list("actors", true, positioned(this::actor)));
        b.addHotspots(o.list("hotspots", true, positioned(this::hotspot)));
        b.addClaims(o.list("claims", true, positioned(this::claim)));
        b.addEvents(o.list("events", false, positioned(this::event)));
        return b;
    }

    private Source source(Obj o) {
        o.known("title", "publisher", "publicationType", "published", "url", "outline", "asserting");
        String title = o.text("title");
        String publisher = o.text("publisher");
        String type = o.text("publicationType");
        PartialDate published = o.date("published", true);
        URI url = o.uri("url");
        List<Integer> outline = o.list("outline", true, (n, p) -> {
            if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
                problem(p, "must be a whole number of sentences >= 0, but was " + show(n));
                return null;
            }
            return n.intValue();
        });
        List<Locator> asserting = o.locators("asserting", false);
        return o.build(() -> new Source(title, publisher, type, published, url, outline, asserting));
    }

    private Actor actor(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("id", "kind", "name", "aliases", "nativeNames", "externalIds", "memberOf", "locators");
        String id = o.id("id");
        ActorKind kind = o.code("kind", ActorKind.class, true);
        String name = o.text("name");
        List<String> aliases = o.texts("aliases");
        List<LocalName> nativeNames = o.list("nativeNames", false, (x, p) -> {
            Obj l = new Obj(x, p);
            if (l.isNotObject()) {
                return null;
            }
            l.known("language", "name", "reference");
            String lang = l.text("language");
            String nm = l.text("name");
            String ref = l.text("reference");
            return l.build(() -> new LocalName(lang, nm, ref));
        });
        List<ExternalId> externalIds = externalIds(o);
        List<String> memberOf = o.ids("memberOf");
        List<Locator> locators = o.locators("locators", false);
        return o.build(() -> new Actor(id, kind, name, aliases, nativeNames, externalIds, memberOf, locators));
    }

    private List<ExternalId> externalIds(Obj o) {
        return o.list("externalIds", false, (x, p) -> {
            Obj e = new Obj(x, p);
            if (e.isNotObject()) {
                return null;
            }
            e.known("scheme", "value", "reference");
            ExternalIdScheme scheme = e.code("scheme", ExternalIdScheme.class, true);
            String value = e.text("value");
            String ref = e.text("reference");
            return e.build(() -> new ExternalId(scheme, value, ref));
        });
    }

    private Hotspot hotspot(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("id", "name", "regions", "heading", "location", "theatres", "roles", "assessment", "summary");
        String id = o.id("id");
        String name = o.text("name");
        List<Region> regions = o.codes("regions", Region.class, true);
        Locator heading = o.locator("heading");
        GeoPoint location = o.point("location");
        List<Theatre> theatres = o.list("theatres", false, (x, p) -> {
            Obj t = new Obj(x, p);
            if (t.isNotObject()) {
                return null;
            }
            t.known("id", "name", "places", "location", "locators");
            String tid = t.id("id");
            String tname = t.text("name");
            List<String> places = t.ids("places");
            GeoPoint loc = t.point("location");
            List<Locator> locs = t.locators("locators", false);
            return t.build(() -> new Theatre(tid, tname, places, loc, locs));
        });
        List<ActorRole> roles = o.list("roles", false, (x, p) -> {
            Obj r = new Obj(x, p);
            if (r.isNotObject()) {
                return null;
            }
            r.known("actor", "does", "wants", "instruments", "locators");
            String actor = r.id("actor");
            String does = r.text("does");
            String wants = r.text("wants");
            List<Instrument> instruments = r.codes("instruments", Instrument.class, false);
            List<Locator> locs = r.locators("locators", true);
            return r.build(() -> new ActorRole(actor, does, wants, instruments, locs));
        });
        JsonNode an = o.node("assessment", true);
        Assessment assessment = an == null ? null : assessment(new Obj(an, o.at("assessment")));
        String summary = o.text("summary");
        if (an != null && assessment == null) {
            o.failed = true;
        }
        return o.build(() -> new Hotspot(id, name, regions, heading, location, theatres, roles, assessment, summary));
    }

    private Assessment assessment(Obj o) {
        if (o.isNotObject()) {
            return null;
        }
        o.known("pattern", "otherPatterns", "coordination", "targets", "alignment", "alignmentReason",
                "divergences", "outlook");
        CoordinationPattern pattern = o.code("pattern", CoordinationPattern.class, true);
        List<CoordinationPattern> others = o.codes("otherPatterns", CoordinationPattern.class, false);
        Finding coordination = o.object("coordination", true, this::finding);
        List<String> targets = o.ids("targets");
        UsAlignment alignment = o.code("alignment", UsAlignment.class, true);
        Finding reason = o.object("alignmentReason", true, this::finding);
        List<Finding> divergences = o.list("divergences", false, this::finding);
        List<Finding> outlook = o.list("outlook", false, this::finding);
        return o.build(() -> new Assessment(pattern, others, coordination, targets, alignment, reason, divergences,
                outlook));
    }

    private Finding finding(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("text", "modality", "voice", "likelihood", "locators");
        String text = o.text("text");
        Modality modality = o.code("modality", Modality.class, true);
        Voice voice = o.code("voice", Voice.class, true);
        Likelihood likelihood = o.code("likelihood", Likelihood.class, false);
        List<Locator> locs = o.locators("locators", true);
        return o.build(() -> new Finding(text, modality, voice, likelihood, locs));
    }

    private Claim claim(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("id", "hotspot", "theatre", "subjects", "action", "objects", "summary", "modality", "voice",
                "likelihood", "time", "quantities", "quote", "cameo", "events", "locators");
        String id = o.id("id");
        String hotspot = o.optId("hotspot");
        String theatre = o.optId("theatre");
        List<String> subjects = o.ids("subjects");
        Action action = o.code("action", Action.class, true);
        List<String> objects = o.ids("objects");
        String summary = o.text("summary");
        Modality modality = o.code("modality", Modality.class, true);
        Voice voice = o.code("voice", Voice.class, true);
        Likelihood likelihood = o.code("likelihood", Likelihood.class, false);
        TimeRef time = o.object("time", false, this::time);
        List<Quantity> quantities = o.list("quantities", false, (x, p) -> {
            Obj q = new Obj(x, p);
            if (q.isNotObject()) {
                return null;
            }
            q.known("measure", "value", "bound", "unit", "ordinal");
            String measure = q.text("measure");
            Long value = q.whole("value");
            Bound bound = q.code("bound", Bound.class, true);
            String unit = q.text("unit");
            boolean ordinal = q.bool("ordinal");
            return q.build(() -> new Quantity(measure, value, bound, unit, ordinal));
        });
        String quote = o.optText("quote");
        String cameo = o.optText("cameo");
        List<String> events = o.ids("events");
        List<Locator> locators = o.locators("locators", true);
        return o.build(() -> new Claim(id, hotspot, theatre, subjects, action, objects, summary, modality, voice,
                likelihood, time, quantities, quote, cameo, events, locators));
    }

    private Event event(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("id", "kind", "title", "time", "enrichedTime", "place", "participants", "hotspot", "externalIds",
                "locators");
        String id = o.id("id");
        EventKind kind = o.code("kind", EventKind.class, true);
        String title = o.text("title");
        TimeRef time = o.object("time", true, this::time);
        TimeRef enriched = o.object("enrichedTime", false, this::time);
        String place = o.optId("place");
        List<String> participants = o.ids("participants");
        String hotspot = o.optId("hotspot");
        List<ExternalId> externalIds = externalIds(o);
        List<Locator> locators = o.locators("locators", true);
        return o.build(() -> new Event(id, kind, title, time, enriched, place, participants, hotspot, externalIds,
                locators));
    }

    private TimeRef time(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("date", "derivation", "expression", "reference");
        PartialDate date = o.date("date", true);
        DateDerivation derivation = o.code("derivation", DateDerivation.class, true);
        String expression = o.optText("expression");
        String reference = o.optText("reference");
        return o.build(() -> new TimeRef(date, derivation, expression, reference));
    }

    // ------------------------------------------------------------------ helpers

    private void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    private static String show(JsonNode n) {
        if (n.isString()) {
            String s = n.stringValue();
            return "'" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "'";
        }
        return (n.isArray() || n.isObject()) ? kind(n) : n.toString();
    }

    /** One JSON object being read, with its path for messages. */
    private final class Obj {
        private final JsonNode node;
        private final String path;
        boolean failed;

        Obj(JsonNode node, String path) {
            this.node = node;
            // name the record by its id from the start, so every problem in it (unknown fields too) does
            JsonNode id = node.isObject() ? node.get("id") : null;
            this.path = id != null && id.isString() && !id.stringValue().isBlank()
                    ? path + " (id " + id.stringValue() + ")" : path;
        }

        boolean isNotObject() {
            if (!node.isObject()) {
                problem(path, "must be an object, but was " + kind(node));
                return true;
            }
            return false;
        }

        String at(String field) {
            return "$".equals(path) ? field : path + "." + field;
        }

        void fail(String field, String message) {
            failed = true;
            problem(at(field), message);
        }

        void known(String... fields) {
            Set<String> allowed = Set.of(fields);
            Set<String> unknown = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!allowed.contains(e.getKey())) {
                    unknown.add(e.getKey());
                }
            }
            for (String u : unknown) {
                problem(at(u), "unknown field; expected one of: " + String.join(", ", fields));
            }
        }

        JsonNode node(String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    fail(field, "is required");
                }
                return null;
            }
            return v;
        }

        String text(String field) {
            JsonNode v = node(field, true);
            return v == null ? null : stringOf(field, v);
        }

        String optText(String field) {
            JsonNode v = node(field, false);
            return v == null ? null : stringOf(field, v);
        }

        private String stringOf(String field, JsonNode v) {
            if (!v.isString()) {
                fail(field, "must be a string, but was " + kind(v));
                return null;
            }
            if (v.stringValue().isBlank()) {
                fail(field, "must not be blank");
                return null;
            }
            return v.stringValue();
        }

        String id(String field) {
            return text(field);
        }

        String optId(String field) {
            return optText(field);
        }

        Long whole(String field) {
            JsonNode v = node(field, true);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                fail(field, "must be a whole number, but was " + show(v));
                return null;
            }
            return v.longValue();
        }

        boolean bool(String field) {
            JsonNode v = node(field, false);
            if (v == null) {
                return false;
            }
            if (!v.isBoolean()) {
                fail(field, "must be true or false, but was " + show(v));
                return false;
            }
            return v.booleanValue();
        }

        <E extends Enum<E> & Vocabulary> E code(String field, Class<E> type, boolean required) {
            JsonNode v = node(field, required);
            return v == null ? null : codeOf(at(field), v, type);
        }

        private <E extends Enum<E> & Vocabulary> E codeOf(String where, JsonNode v, Class<E> type) {
            if (!v.isString()) {
                failed = true;
                problem(where, "must be a string code, but was " + kind(v));
                return null;
            }
            try {
                return Vocabulary.fromCode(type, v.stringValue());
            } catch (IllegalArgumentException e) {
                failed = true;
                problem(where, e.getMessage());
                return null;
            }
        }

        <E extends Enum<E> & Vocabulary> List<E> codes(String field, Class<E> type, boolean required) {
            return list(field, required, (x, p) -> codeOf(p, x, type));
        }

        PartialDate date(String field, boolean required) {
            String s = required ? text(field) : optText(field);
            if (s == null) {
                return null;
            }
            try {
                return PartialDate.parse(s);
            } catch (IllegalArgumentException e) {
                fail(field, e.getMessage());
                return null;
            }
        }

        URI uri(String field) {
            String s = text(field);
            if (s == null) {
                return null;
            }
            try {
                URI u = new URI(s);
                if (!u.isAbsolute()) {
                    fail(field, "must be an absolute URL, but was '" + s + "'");
                    return null;
                }
                return u;
            } catch (URISyntaxException e) {
                fail(field, "must be a URL: " + e.getMessage());
                return null;
            }
        }

        Locator locator(String field) {
            String s = text(field);
            return s == null ? null : locatorOf(at(field), s);
        }

        private Locator locatorOf(String where, String s) {
            try {
                return Locator.parse(s);
            } catch (IllegalArgumentException e) {
                failed = true;
                problem(where, e.getMessage());
                return null;
            }
        }

        List<Locator> locators(String field, boolean required) {
            return list(field, required, (x, p) -> {
                if (!x.isString()) {
                    failed = true;
                    problem(p, "must be a locator string such as '¶13.4', but was " + kind(x));
                    return null;
                }
                return locatorOf(p, x.stringValue());
            });
        }

        List<String> texts(String field) {
            return list(field, false, (x, p) -> {
                if (!x.isString() || x.stringValue().isBlank()) {
                    failed = true;
                    problem(p, "must be a non-blank string, but was " + show(x));
                    return null;
                }
                return x.stringValue();
            });
        }

        List<String> ids(String field) {
            return texts(field);
        }

        GeoPoint point(String field) {
            return object(field, true, (x, p) -> {
                Obj g = new Obj(x, p);
                if (g.isNotObject()) {
                    return null;
                }
                g.known("latitude", "longitude");
                Double lat = g.number("latitude");
                Double lon = g.number("longitude");
                return g.build(() -> new GeoPoint(lat, lon));
            });
        }

        Double number(String field) {
            JsonNode v = node(field, true);
            if (v == null) {
                return null;
            }
            if (!v.isNumber()) {
                fail(field, "must be a number, but was " + show(v));
                return null;
            }
            return v.doubleValue();
        }

        <T> T object(String field, boolean required, BiFunction<JsonNode, String, T> read) {
            JsonNode v = node(field, required);
            if (v == null) {
                return null;
            }
            T t = read.apply(v, at(field));
            if (t == null) {
                failed = true;
            }
            return t;
        }

        <T> List<T> list(String field, boolean required, BiFunction<JsonNode, String, T> read) {
            JsonNode v = node(field, required);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                fail(field, "must be an array, but was " + kind(v));
                return List.of();
            }
            List<T> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                T t = read.apply(v.get(i), at(field) + "[" + i + "]");
                if (t == null) {
                    failed = true;
                } else {
                    out.add(t);
                }
            }
            return out;
        }

        <T> T build(java.util.function.Supplier<T> make) {
            if (!failed) {
                try {
                    return Objects.requireNonNull(make.get());
                } catch (IllegalArgumentException | NullPointerException e) {
                    failed = true;
                    problem(path, e.getMessage());
                }
            }
            JsonNode id = node.get("id");
            if (id != null && id.isString()) {
                unreadable.add(id.stringValue());
            }
            return null;
        }
    }
}
