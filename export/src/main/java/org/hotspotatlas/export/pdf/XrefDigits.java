package org.hotspotatlas.export.pdf;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Repairs a fault of OpenPDF 2.0.5: it writes the entries of the cross-reference table with
 * {@code String.format} in the default locale, so under a locale with other digits (Arabic,
 * Persian, Thai, Devanagari, ...) the byte offsets come out as other characters, cut to one byte
 * each. Readers then have to rebuild the table, and the bytes depend on the machine's locale. Each
 * entry keeps its width (20 bytes), so the digits can be mapped back in place.
 */
final class XrefDigits {
    private XrefDigits() {}

    /** @return the zero digit {@code String.format} uses now */
    static char zeroDigit() {
        return DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT)).getZeroDigit();
    }

    /**
     * @param pdf  a whole PDF as OpenPDF wrote it
     * @param zero the zero digit it was written with
     * @return the same bytes with the cross-reference entries in ASCII digits; changed in place
     */
    static byte[] ascii(byte[] pdf, char zero) {
        if (zero == '0') {
            return pdf;
        }
        int xref = lastIndexOf(pdf, "\nxref\n".getBytes(StandardCharsets.US_ASCII));
        if (xref < 0) {
            return pdf;
        }
        int i = xref + "\nxref\n".length();
        int low = zero & 0xFF;
        // subsections: a header "first count\n" (written in ASCII), then count entries of 20 bytes
        while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9') {
            int eol = i;
            while (eol < pdf.length && pdf[eol] != '\n') {
                eol++;
            }
            String[] header = new String(pdf, i, eol - i, StandardCharsets.US_ASCII).trim().split(" ");
            if (header.length != 2) {
                return pdf;
            }
            int count = Integer.parseInt(header[1]);
            i = eol + 1;
            for (int e = 0; e < count && i + 20 <= pdf.length; e++, i += 20) {
                for (int k = 0; k < 17; k++) {
                    if (k == 10 || k == 16) {
                        continue; // the separating spaces
                    }
                    int digit = ((pdf[i + k] & 0xFF) - low) & 0xFF;
                    if (digit < 10) {
                        pdf[i + k] = (byte) ('0' + digit);
                    }
                }
            }
        }
        return pdf;
    }

    private static int lastIndexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = hay.length - needle.length; i >= 0; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
