package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.hotspotatlas.core.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Dates and the canonical document are written with ASCII digits whatever the default locale. */
class LocaleIndependenceTest {

    private static byte[] write(Atlas atlas) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        atlas.write(out);
        return out.toByteArray();
    }

    @Test
    void arabicAndThaiDigitLocalesDoNotLeakIntoDatesOrTheDocument() throws IOException {
        Atlas atlas = Fixtures.atlas();
        byte[] expected = write(atlas);
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (String tag : new String[] {"ar-SA", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "fa-IR"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertEquals("2019", PartialDate.parse("2019").toString(), tag);
                assertEquals("0987-02", PartialDate.parse("0987-02").toString(), tag);
                assertEquals("2019-02-03/2019-02-05", PartialDate.parse("2019-02-03/2019-02-05").toString(), tag);
                byte[] got = write(atlas);
                assertArrayEquals(expected, got, tag);
                assertEquals(atlas, Docs.read(got, ReadLimits.DEFAULT), tag);
            }
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
