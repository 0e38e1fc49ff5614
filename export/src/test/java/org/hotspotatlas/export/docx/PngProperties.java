package org.hotspotatlas.export.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * Whatever the pixels and the size, the map's PNG encoder writes a file that an independent
 * decoder (the JDK's ImageIO) reads back to exactly the same pixels, and the same pixels always
 * give the same bytes.
 */
class PngProperties {

    @Test
    void everyImageReadsBackPixelForPixelAndEncodesToTheSameBytesTwice() {
        qt().withExamples(150).forAll(integers().between(1, 70), integers().between(1, 40), integers().between(0, 3),
                longs().all()).checkAssert((w, h, kind, seed) -> {
                    BufferedImage img = image(w, h, kind, new Random(seed));
                    byte[] png = Png.encode(img);
                    BufferedImage back = read(png);
                    assertNotNull(back, "a PNG that ImageIO reads");
                    assertEquals(w, back.getWidth());
                    assertEquals(h, back.getHeight());
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            int expected = img.getRGB(x, y) & 0xFFFFFF;
                            int actual = back.getRGB(x, y) & 0xFFFFFF;
                            if (expected != actual) {
                                throw new AssertionError(String.format("pixel (%d, %d) of a %dx%d image of kind %d: wrote %06x, read %06x",
                                        x, y, w, h, kind, expected, actual));
                            }
                        }
                    }
                    assertArrayEquals(png, Png.encode(img), "the same pixels give the same bytes");
                });
    }

    /** Noise, flat colour, horizontal bands and a map-like mix of flat areas with a few odd pixels. */
    private static BufferedImage image(int w, int h, int kind, Random r) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int flat = r.nextInt(1 << 24);
        for (int y = 0; y < h; y++) {
            int band = r.nextInt(1 << 24);
            for (int x = 0; x < w; x++) {
                int rgb = switch (kind) {
                    case 0 -> r.nextInt(1 << 24);
                    case 1 -> flat;
                    case 2 -> band;
                    default -> r.nextInt(20) == 0 ? r.nextInt(1 << 24) : (x * 3 / Math.max(1, w) == 0 ? flat : 0xFFFFFF);
                };
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
