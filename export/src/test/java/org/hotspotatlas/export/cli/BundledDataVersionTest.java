package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hotspotatlas.core.Atlas;
import org.junit.jupiter.api.Test;

/** The quick look-up of the bundled data version that {@code --version} uses. */
class BundledDataVersionTest {
    @Test
    void agreesWithTheFullRead() {
        assertEquals(Atlas.bundled().dataVersion(), BundledDataVersion.get());
    }

    @Test
    void findsTheTopLevelMemberOnly() {
        assertEquals("2.0.1", BundledDataVersion.scan("""
                {"source": {"dataVersion": "nested", "list": [1, {"a": "}"}], "q": "say \\"hi\\""},
                 "n": -1.5e3, "t": true, "z": null,
                 "dataVersion" : "2.0.1", "later": 1}"""));
        assertEquals("1.0", BundledDataVersion.scan("  {\n\"dataVersion\":\"1.0\"}"));
    }

    @Test
    void answersNullWhenItCannotTell() {
        assertNull(BundledDataVersion.scan("[]"));
        assertNull(BundledDataVersion.scan("{\"formatVersion\": \"1.0\"}"));
        assertNull(BundledDataVersion.scan("{\"source\": {\"dataVersion\": \"nested\"}}"));
        assertNull(BundledDataVersion.scan("{\"dataVersion\": 3}"));
        assertNull(BundledDataVersion.scan("{\"dataVersion\": \"1\\u002e0\"}"));
        assertNull(BundledDataVersion.scan("{\"a\": [1, 2"));
        assertNull(BundledDataVersion.scan(""));
    }
}
