package org.hotspotatlas.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Test helper: dataset documents as Jackson trees, to corrupt them and read them back. */
final class Docs {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Docs() {}

    /** @return the fixture as a mutable tree */
    static ObjectNode fixture() {
        return (ObjectNode) JSON.readTree(Fixtures.bytes());
    }

    static ObjectNode tree(byte[] bytes) {
        return (ObjectNode) JSON.readTree(bytes);
    }

    static ObjectNode record(ObjectNode root, String array, int index) {
        return (ObjectNode) root.get(array).get(index);
    }

    static ArrayNode array(ObjectNode o, String field) {
        return (ArrayNode) o.get(field);
    }

    /** @return the fixture changed by the edit */
    static ObjectNode fixtureWith(Consumer<ObjectNode> edit) {
        ObjectNode root = fixture();
        edit.accept(root);
        return root;
    }

    static Atlas read(JsonNode root) {
        return read(JSON.writeValueAsBytes(root), ReadLimits.DEFAULT);
    }

    static Atlas read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
    }

    static Atlas read(byte[] bytes, ReadLimits limits) {
        return Atlas.read(new ByteArrayInputStream(bytes), "doc", limits);
    }

    /** @return the problems the document is refused with; fails if it is accepted */
    static List<Problem> problems(JsonNode root) {
        return refusal(() -> read(root)).problems();
    }

    static DatasetException refusal(Runnable r) {
        try {
            r.run();
        } catch (DatasetException e) {
            return e;
        }
        throw new AssertionError("expected a DatasetException");
    }
}
