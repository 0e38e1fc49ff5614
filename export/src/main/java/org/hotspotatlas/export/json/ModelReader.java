package org.hotspotatlas.export.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

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

import tools.jackson.databind.JsonNode;

/**
 * Builds model records from JSON trees in the canonical layout, through the records' validating
 * constructors. Every failure is a {@link Bad} naming the property path, such as
 * {@code claim.time.date}, and what was wrong.
 */
final class ModelReader {

    /** A tree that does not make a valid record. */
    static final class Bad extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Bad(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final boolean strict;

    /**
     * @param strict whether properties the layout does not know are an error (otherwise they are
     *               skipped)
     */
    ModelReader(boolean strict) {
        this.strict = strict;
    }

    // ------------------------------------------------------------------ records

    Source source(JsonNode n, String at) {
        fields(n, at, "title", "publisher", "publicationType", "published", "url", "outline", "asserting");
        URI url;
        String u = text(n, at, "url");
        try {
            url = u == null ? null : new URI(u);
        } catch (URISyntaxException e) {
            throw new Bad(at + ".url: not a URI: '" + u + "'", e);
        }
        List<Integer> outline = list(n, at, "outline", (v, p) -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw bad(p, "must be a whole number");
            }
            return v.intValue();
        });
        return make(at, () -> new Source(text(n, at, "title"), text(n, at, "publisher"),
                text(n, at, "publicationType"), date(n, at, "published"), url, outline,
                locators(n, at, "asserting")));
    }

    Actor actor(JsonNode n, String at) {
        fields(n, at, "id", "kind", "name", "aliases", "nativeNames", "externalIds", "memberOf", "locators");
        return make(at, () -> new Actor(text(n, at, "id"), code(n, at, "kind", ActorKind.class),
                text(n, at, "name"), texts(n, at, "aliases"),
                list(n, at, "nativeNames", this::localName), list(n, at, "externalIds", this::externalId),
                texts(n, at, "memberOf"), locators(n, at, "locators")));
    }

    LocalName localName(JsonNode n, String at) {
        fields(n, at, "language", "name", "reference");
        return make(at, () -> new LocalName(text(n, at, "language"), text(n, at, "name"), text(n, at, "reference")));
    }

    ExternalId externalId(JsonNode n, String at) {
        fields(n, at, "scheme", "value", "reference");
        return make(at, () -> new ExternalId(code(n, at, "scheme", ExternalIdScheme.class), text(n, at, "value"),
                text(n, at, "reference")));
    }

    Hotspot hotspot(JsonNode n, String at) {
        fields(n, at, "id", "name", "regions", "heading", "location", "theatres", "roles", "assessment", "summary");
        return make(at, () -> new Hotspot(text(n, at, "id"), text(n, at, "name"),
                codes(n, at, "regions", Region.class), locator(n, at, "heading"),
                object(n, at, "location", this::point), list(n, at, "theatres", this::theatre),
                list(n, at, "roles", this::role), object(n, at, "assessment", this::assessment),
                text(n, at, "summary")));
    }

    Theatre theatre(JsonNode n, String at) {
        fields(n, at, "id", "name", "places", "location", "locators");
        return make(at, () -> new Theatre(text(n, at, "id"), text(n, at, "name"), texts(n, at, "places"),
                object(n, at, "location", this::point), locators(n, at, "locators")));
    }

    ActorRole role(JsonNode n, String at) {
        fields(n, at, "actor", "does", "wants", "instruments", "locators");
        return make(at, () -> new ActorRole(text(n, at, "actor"), text(n, at, "does"), text(n, at, "wants"),
                codes(n, at, "instruments", Instrument.class), locators(n, at, "locators")));
    }

    Assessment assessment(JsonNode n, String at) {
        fields(n, at, "pattern", "otherPatterns", "coordination", "targets", "alignment", "alignmentReason",
                "divergences", "outlook");
        return make(at, () -> new Assessment(code(n, at, "pattern", CoordinationPattern.class),
                codes(n, at, "otherPatterns", CoordinationPattern.class),
                object(n, at, "coordination", this::finding), texts(n, at, "targets"),
                code(n, at, "alignment", UsAlignment.class), object(n, at, "alignmentReason", this::finding),
                list(n, at, "divergences", this::finding), list(n, at, "outlook", this::finding)));
    }

    Finding finding(JsonNode n, String at) {
        fields(n, at, "text", "modality", "voice", "likelihood", "locators");
        return make(at, () -> new Finding(text(n, at, "text"), code(n, at, "modality", Modality.class),
                code(n, at, "voice", Voice.class), code(n, at, "likelihood", Likelihood.class),
                locators(n, at, "locators")));
    }

    Claim claim(JsonNode n, String at) {
        fields(n, at, "id", "hotspot", "theatre", "subjects", "action", "objects", "summary", "modality", "voice",
                "likelihood", "time", "quantities", "quote", "cameo", "events", "locators");
        return make(at, () -> new Claim(text(n, at, "id"), text(n, at, "hotspot"), text(n, at, "theatre"),
                texts(n, at, "subjects"), code(n, at, "action", Action.class), texts(n, at, "objects"),
                text(n, at, "summary"), code(n, at, "modality", Modality.class), code(n, at, "voice", Voice.class),
                code(n, at, "likelihood", Likelihood.class), object(n, at, "time", this::time),
                list(n, at, "quantities", this::quantity), text(n, at, "quote"), text(n, at, "cameo"),
                texts(n, at, "events"), locators(n, at, "locators")));
    }

    Quantity quantity(JsonNode n, String at) {
        fields(n, at, "measure", "value", "bound", "unit", "ordinal");
        JsonNode v = n.get("value");
        if (v == null || v.isNull()) {
            throw bad(at + ".value", "is required");
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw bad(at + ".value", "must be a whole number");
        }
        JsonNode o = n.get("ordinal");
        if (o != null && !o.isNull() && !o.isBoolean()) {
            throw bad(at + ".ordinal", "must be true or false");
        }
        boolean ordinal = o != null && o.isBoolean() && o.booleanValue();
        return make(at, () -> new Quantity(text(n, at, "measure"), v.longValue(), code(n, at, "bound", Bound.class),
                text(n, at, "unit"), ordinal));
    }

    Event event(JsonNode n, String at) {
        fields(n, at, "id", "kind", "title", "time", "enrichedTime", "place", "participants", "hotspot",
                "externalIds", "locators");
        return make(at, () -> new Event(text(n, at, "id"), code(n, at, "kind", EventKind.class),
                text(n, at, "title"), object(n, at, "time", this::time), object(n, at, "enrichedTime", this::time),
                text(n, at, "place"), texts(n, at, "participants"), text(n, at, "hotspot"),
                list(n, at, "externalIds", this::externalId), locators(n, at, "locators")));
    }

    TimeRef time(JsonNode n, String at) {
        fields(n, at, "date", "derivation", "expression", "reference");
        return make(at, () -> new TimeRef(date(n, at, "date"), code(n, at, "derivation", DateDerivation.class),
                text(n, at, "expression"), text(n, at, "reference")));
    }

    GeoPoint point(JsonNode n, String at) {
        fields(n, at, "latitude", "longitude");
        return make(at, () -> new GeoPoint(number(n, at, "latitude"), number(n, at, "longitude")));
    }

    // ------------------------------------------------------------------ scalars

    static Locator locator(JsonNode v, String at) {
        if (!v.isString()) {
            throw bad(at, "must be a locator string such as \"¶13.4\"");
        }
        try {
            return Locator.parse(v.stringValue());
        } catch (IllegalArgumentException e) {
            throw new Bad(at + ": " + e.getMessage(), e);
        }
    }

    static PartialDate partialDate(JsonNode v, String at) {
        if (!v.isString()) {
            throw bad(at, "must be a date string such as \"2019-06\"");
        }
        try {
            return PartialDate.parse(v.stringValue());
        } catch (IllegalArgumentException e) {
            throw new Bad(at + ": " + e.getMessage(), e);
        }
    }

    static <E extends Enum<E> & Vocabulary> E vocabulary(JsonNode v, String at, Class<E> type) {
        if (!v.isString()) {
            throw bad(at, "must be a code string");
        }
        try {
            return Vocabulary.fromCode(type, v.stringValue());
        } catch (IllegalArgumentException e) {
            throw new Bad(at + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ helpers

    private void fields(JsonNode n, String at, String... known) {
        if (!n.isObject()) {
            throw bad(at, "must be a JSON object");
        }
        if (!strict) {
            return;
        }
        Set<String> names = Set.of(known);
        for (String name : n.propertyNames()) {
            if (!names.contains(name)) {
                throw bad(at + "." + name, "is not a known property; expected one of " + String.join(", ", known));
            }
        }
    }

    /** Runs a record constructor, turning its complaint into one that names where. */
    private static <T> T make(String at, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (Bad e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof NullPointerException) {
                m = m + " is required";
            }
            throw new Bad(at + ": " + m, e);
        }
    }

    private static JsonNode value(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private static String text(JsonNode n, String at, String name) {
        JsonNode v = value(n, name);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            throw bad(at + "." + name, "must be a string");
        }
        return v.stringValue();
    }

    private static double number(JsonNode n, String at, String name) {
        JsonNode v = value(n, name);
        if (v == null || !v.isNumber()) {
            throw bad(at + "." + name, "must be a number");
        }
        return v.doubleValue();
    }

    private static PartialDate date(JsonNode n, String at, String name) {
        JsonNode v = value(n, name);
        return v == null ? null : partialDate(v, at + "." + name);
    }

    private static Locator locator(JsonNode n, String at, String name) {
        JsonNode v = value(n, name);
        return v == null ? null : locator(v, at + "." + name);
    }

    private static <E extends Enum<E> & Vocabulary> E code(JsonNode n, String at, String name, Class<E> type) {
        JsonNode v = value(n, name);
        return v == null ? null : vocabulary(v, at + "." + name, type);
    }

    private static <T> T object(JsonNode n, String at, String name, BiFunction<JsonNode, String, T> reader) {
        JsonNode v = value(n, name);
        return v == null ? null : reader.apply(v, at + "." + name);
    }

    private static <T> List<T> list(JsonNode n, String at, String name, BiFunction<JsonNode, String, T> item) {
        JsonNode v = value(n, name);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw bad(at + "." + name, "must be an array");
        }
        List<T> out = new ArrayList<>(v.size());
        int i = 0;
        for (JsonNode e : v.values()) {
            String p = at + "." + name + "[" + i++ + "]";
            if (e.isNull()) {
                throw bad(p, "must not be null");
            }
            out.add(item.apply(e, p));
        }
        return out;
    }

    private static List<String> texts(JsonNode n, String at, String name) {
        return list(n, at, name, (v, p) -> {
            if (!v.isString()) {
                throw bad(p, "must be a string");
            }
            return v.stringValue();
        });
    }

    private static List<Locator> locators(JsonNode n, String at, String name) {
        return list(n, at, name, ModelReader::locator);
    }

    private static <E extends Enum<E> & Vocabulary> List<E> codes(JsonNode n, String at, String name, Class<E> type) {
        return list(n, at, name, (v, p) -> vocabulary(v, p, type));
    }

    private static Bad bad(String at, String message) {
        return new Bad(at + ": " + message, null);
    }
}
