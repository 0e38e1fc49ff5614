package org.hotspotatlas.export.docx;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG encoder for the map picture: 8-bit RGB, no interlacing, no metadata chunks (no time,
 * text or physical size), so the same pixels give the same bytes. Each row is filtered with
 * whichever of the Sub and Up filters leaves the smaller sum of absolute differences, then the rows
 * are deflated together.
 *
 * <p>It replaces {@code ImageIO}, whose plug-in registry and general-purpose writer cost a cold
 * command line about a tenth of a second before the first byte; here the work is one pass over
 * the pixels. Stateless and thread-safe.
 */
final class Png {
    private Png() {}

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;
    private static final int FILTER_UP = 2;

    /**
     * @param img an image of type {@link BufferedImage#TYPE_INT_RGB} whose pixels are stored row
     *            after row from the start of its buffer, as a new image of that type has them
     * @return the PNG file
     * @throws IllegalArgumentException if the image is of another type or layout
     */
    static byte[] encode(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        if (img.getType() != BufferedImage.TYPE_INT_RGB
                || !(img.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || sm.getScanlineStride() != w || img.getRaster().getSampleModelTranslateX() != 0
                || img.getRaster().getSampleModelTranslateY() != 0) {
            throw new IllegalArgumentException("a PNG is encoded from a whole TYPE_INT_RGB image (type "
                    + BufferedImage.TYPE_INT_RGB + "), but the image given has type " + img.getType()
                    + " or is part of a larger one");
        }
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int offset = img.getRaster().getDataBuffer().getOffset();
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream(64 + w * h / 2);
            file.write(SIGNATURE);
            byte[] header = new byte[13];
            int32(header, 0, w);
            int32(header, 4, h);
            header[8] = 8; // bits per sample
            header[9] = 2; // colour type: RGB
            // compression 0 (deflate), filter method 0, interlace 0 (none): bytes 10 to 12 stay 0
            chunk(file, "IHDR", header, header.length);

            ByteArrayOutputStream data = new ByteArrayOutputStream(w * h / 4 + 1024);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
            try (OutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
                int stride = 3 * w;
                byte[] previous = new byte[stride];
                byte[] current = new byte[stride];
                byte[] sub = new byte[stride + 1];
                byte[] up = new byte[stride + 1];
                sub[0] = FILTER_SUB;
                up[0] = FILTER_UP;
                for (int y = 0; y < h; y++) {
                    int base = offset + y * w;
                    for (int x = 0; x < w; x++) {
                        int rgb = px[base + x];
                        current[3 * x] = (byte) (rgb >>> 16);
                        current[3 * x + 1] = (byte) (rgb >>> 8);
                        current[3 * x + 2] = (byte) rgb;
                    }
                    long sumSub = 0;
                    long sumUp = 0;
                    for (int i = 0; i < stride; i++) {
                        byte s = (byte) (current[i] - (i >= 3 ? current[i - 3] : 0));
                        byte u = (byte) (current[i] - previous[i]);
                        sub[i + 1] = s;
                        up[i + 1] = u;
                        sumSub += Math.abs(s);
                        sumUp += Math.abs(u);
                    }
                    z.write(sumUp < sumSub ? up : sub);
                    byte[] t = previous;
                    previous = current;
                    current = t;
                }
            } finally {
                deflater.end();
            }
            byte[] compressed = data.toByteArray();
            chunk(file, "IDAT", compressed, compressed.length);
            chunk(file, "IEND", new byte[0], 0);
            return file.toByteArray();
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail
            throw new UncheckedIOException("cannot encode the map as PNG", e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] word = new byte[4];
        int32(word, 0, length);
        out.write(word, 0, 4);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name, 0, 4);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        int32(word, 0, (int) crc.getValue());
        out.write(word, 0, 4);
    }

    private static void int32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
