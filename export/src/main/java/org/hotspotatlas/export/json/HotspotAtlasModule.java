package org.hotspotatlas.export.json;

import java.util.List;
import java.util.function.BiConsumer;

import org.hotspotatlas.core.codec.RecordReader;
import org.hotspotatlas.core.codec.RecordWriter;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Anchor;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Bound;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.EventStatus;
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
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.Quantity;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;
import org.hotspotatlas.core.model.Voice;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that lets an application's own {@code JsonMapper} write and read the
 * Hotspot Atlas model types.
 *
 * <p>Records are written in the same layout as inside a canonical dataset document: the same
 * property names in the same order, absent values and empty lists left out: the layout is written
 * once, in the core library's record codec, which both this module and {@code Atlas.read/write} use. Vocabulary terms are
 * written as their codes (also as map keys), a {@link Locator} as its written form such as
 * {@code "¶13.4"}, and a {@link PartialDate} as its ISO 8601 form such as {@code "2019-06"}.
 * Reading goes through the records' validating constructors, so a value that reads is a valid
 * record; a bad one fails with a message naming the property path. Unknown properties follow the
 * mapper's {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}: an error naming the property
 * when it is on, skipped when it is off (Jackson 3's default).
 *
 * <p>Whole datasets are read and written with {@code Atlas.read} and {@code Atlas.write}, which also
 * check that ids resolve across records; this module handles single records.
 *
 * <p>Register it directly ({@code JsonMapper.builder().addModule(new HotspotAtlasModule())}) or let
 * {@code JsonMapper.builder().findAndAddModules()} find it through {@link java.util.ServiceLoader}.
 */
public final class HotspotAtlasModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Every vocabulary of the model, written and read by code. */
    private static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(Action.class, ActorKind.class,
            Bound.class, CoordinationPattern.class, DateDerivation.class, EventKind.class, ExternalIdScheme.class,
            Instrument.class, Likelihood.class, Modality.class, Precision.class, Region.class, UsAlignment.class,
            Voice.class, EventStatus.class, Basis.class, org.hotspotatlas.core.model.Concert.class);

    /** Creates the module. */
    public HotspotAtlasModule() {
        super("HotspotAtlasModule", Version.unknownVersion());
        record(Source.class, RecordWriter::source, RecordReader::source);
        record(Relationship.class, RecordWriter::relationship, RecordReader::relationship);
        record(Anchor.class, RecordWriter::anchor, RecordReader::anchor);
        record(Actor.class, RecordWriter::actor, RecordReader::actor);
        record(LocalName.class, RecordWriter::localName, RecordReader::localName);
        record(ExternalId.class, RecordWriter::externalId, RecordReader::externalId);
        record(Hotspot.class, RecordWriter::hotspot, RecordReader::hotspot);
        record(Theatre.class, RecordWriter::theatre, RecordReader::theatre);
        record(ActorRole.class, RecordWriter::role, RecordReader::role);
        record(Assessment.class, RecordWriter::assessment, RecordReader::assessment);
        record(Finding.class, RecordWriter::finding, RecordReader::finding);
        record(Claim.class, RecordWriter::claim, RecordReader::claim);
        record(Quantity.class, RecordWriter::quantity, RecordReader::quantity);
        record(Event.class, RecordWriter::event, RecordReader::event);
        record(TimeRef.class, RecordWriter::time, RecordReader::time);
        record(GeoPoint.class, RecordWriter::point, RecordReader::point);

        addSerializer(Locator.class, new Writer<>(Locator.class, (g, l) -> g.writeString(l.toString())));
        addDeserializer(Locator.class, new Reader<>(Locator.class, RecordReader::locator));
        addSerializer(PartialDate.class, new Writer<>(PartialDate.class, (g, d) -> g.writeString(d.toString())));
        addDeserializer(PartialDate.class, new Reader<>(PartialDate.class, RecordReader::date));
        for (Class<? extends PartialDate> kind : List.of(PartialDate.Year.class, PartialDate.Month.class,
                PartialDate.Day.class, PartialDate.DayRange.class)) {
            addDateKind(kind);
        }
        for (Class<? extends Enum<?>> vocabulary : VOCABULARIES) {
            addVocabulary(vocabulary);
        }
    }

    private <T> void record(Class<T> type, BiConsumer<RecordWriter, T> writer, RecordRead<T> reader) {
        addSerializer(type, new Writer<>(type, (g, v) -> writer.accept(new RecordWriter(g), v)));
        addDeserializer(type, new Reader<>(type, reader));
    }

    private <D extends PartialDate> void addDateKind(Class<D> kind) {
        addDeserializer(kind, new Reader<>(kind, (r, n, at) -> {
            PartialDate d = r.date(n, at);
            if (d != null && !kind.isInstance(d)) {
                r.problem(at, "expected a date of precision " + kind.getSimpleName().toLowerCase(java.util.Locale.ROOT)
                        + ", but was '" + d + "' (" + d.precision().code() + ")");
                return null;
            }
            return kind.cast(d);
        }));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addVocabulary(Class<? extends Enum<?>> type) {
        Class raw = type;
        addSerializer(raw, new Writer<Vocabulary>(raw, (g, v) -> g.writeString(v.code())));
        addKeySerializer(raw, new KeyWriter());
        addDeserializer(raw, new Reader(raw, (RecordRead) (r, n, at) -> r.code(n, at, raw)));
        addKeyDeserializer(raw, new KeyReader(raw));
    }

    /** Reads one value from a tree with the core's record reader, which collects what is wrong. */
    @FunctionalInterface
    interface RecordRead<T> {
        T read(RecordReader reader, JsonNode tree, String at);
    }

    /** Writes a value with a generator. */
    private static final class Writer<T> extends StdSerializer<T> {
        private final transient BiConsumer<JsonGenerator, T> body;

        Writer(Class<T> type, BiConsumer<JsonGenerator, T> body) {
            super(type);
            this.body = body;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            body.accept(g, value);
        }
    }

    /** Writes a vocabulary map key as its code. */
    private static final class KeyWriter extends StdSerializer<Vocabulary> {
        KeyWriter() {
            super(Vocabulary.class);
        }

        @Override
        public void serialize(Vocabulary value, JsonGenerator g, SerializationContext ctxt) {
            g.writeName(value.code());
        }
    }

    /** Reads a value as a tree, then builds it with the core's record reader. */
    private static final class Reader<T> extends StdDeserializer<T> {
        private final transient RecordRead<T> body;

        Reader(Class<T> type, RecordRead<T> body) {
            super(type);
            this.body = body;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode tree = ctxt.readTree(p);
            RecordReader reader = new RecordReader(ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), false);
            String at = handledType().getSimpleName().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + handledType().getSimpleName().substring(1);
            T value = body.read(reader, tree, at);
            if (value == null || !reader.problems().isEmpty()) {
                throw MismatchedInputException.from(p, handledType(), message(reader, at));
            }
            return value;
        }
    }

    /** Every problem the reader found, "where: what", joined with "; ". */
    static String message(RecordReader reader, String at) {
        if (reader.problems().isEmpty()) {
            return at + ": cannot be read";
        }
        return reader.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; "));
    }

    /** Reads a vocabulary map key from its code. */
    private static final class KeyReader extends KeyDeserializer {
        private final Class<?> type;

        KeyReader(Class<?> type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            RecordReader reader = new RecordReader(true, false);
            Object value = reader.code(StringNode.valueOf(key), "key", (Class) type);
            if (value == null) {
                throw InvalidFormatException.from(ctxt.getParser(), message(reader, "key"), key, type);
            }
            return value;
        }
    }
}
