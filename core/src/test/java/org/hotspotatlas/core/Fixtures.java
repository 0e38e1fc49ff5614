package org.hotspotatlas.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The frozen fixture dataset used by behaviour tests (not the shipped data). */
public final class Fixtures {
    /** Class-path name of the fixture. */
    public static final String FIXTURE = "/fixture/fixture-atlas.json";

    private Fixtures() {}

    /** @return the fixture atlas */
    public static Atlas atlas() {
        try (InputStream in = Fixtures.class.getResourceAsStream(FIXTURE)) {
            return Atlas.read(in, "fixture", ReadLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the fixture's bytes */
    public static byte[] bytes() {
        try (InputStream in = Fixtures.class.getResourceAsStream(FIXTURE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
