package org.hotspotatlas.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PngTest {

    @Test
    void startsWithTheSignatureAndAHeaderThatStatesTheSizeAndRgb() {
        BufferedImage img = new BufferedImage(300, 2, BufferedImage.TYPE_INT_RGB);
        byte[] png = Png.encode(img);
        assertTrue(Arrays.equals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8)));
        assertEquals("IHDR", new String(png, 12, 4, StandardCharsets.US_ASCII));
        assertEquals(300, (png[16] & 0xFF) << 24 | (png[17] & 0xFF) << 16 | (png[18] & 0xFF) << 8 | png[19] & 0xFF);
        assertEquals(2, png[23]);
        assertEquals(8, png[24], "8 bits a sample");
        assertEquals(2, png[25], "colour type 2, RGB");
        assertEquals("IEND", new String(png, png.length - 8, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void refusesAnImageThatIsNotPlainRgbAndSaysWhy() {
        BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Png.encode(argb));
        assertTrue(e.getMessage().contains("TYPE_INT_RGB") && e.getMessage().contains("type 2"), e.getMessage());
        BufferedImage part = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB).getSubimage(2, 2, 4, 4);
        assertThrows(IllegalArgumentException.class, () -> Png.encode(part), "a view into a larger image");
    }
}
