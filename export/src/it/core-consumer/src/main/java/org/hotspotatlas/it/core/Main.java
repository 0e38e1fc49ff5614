package org.hotspotatlas.it.core;

import java.io.File;
import java.nio.file.Path;

import org.hotspotatlas.core.Atlas;

/** Queries the bundled atlas and checks that its class path holds only core and Jackson. */
public final class Main {
    public static void main(String[] args) {
        Atlas atlas = Atlas.bundled();
        check(!atlas.hotspots().isEmpty() && !atlas.claims().isEmpty(), "the bundled atlas has data");
        String hotspot = atlas.hotspots().get(0).id();
        check(atlas.hotspot(hotspot).isPresent() && !atlas.claimsIn(hotspot).isEmpty(),
                "claims of " + hotspot);

        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            boolean ours = path.endsWith(Path.of("target", "classes")) || name.startsWith("hotspot-atlas-core-");
            boolean jackson = name.startsWith("jackson-");
            check(ours || jackson, "only core and Jackson on the class path, not " + name);
        }
        System.out.println("core-consumer OK: " + atlas + "; " + hotspot + " has "
                + atlas.claimsIn(hotspot).size() + " claims");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("failed: " + what);
        }
    }
}
