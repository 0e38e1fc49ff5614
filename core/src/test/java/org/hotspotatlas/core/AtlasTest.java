package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

class AtlasTest {
    @Test
    void readsFixture() throws Exception {
        Atlas a = Fixtures.atlas();
        assertEquals(2, a.hotspots().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.write(out);
        System.out.println(out.toString(java.nio.charset.StandardCharsets.UTF_8).substring(0, 800));
    }
}
