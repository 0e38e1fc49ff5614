package org.hotspotatlas.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import org.junit.jupiter.api.Test;

/** Every text the brief sets goes through the typesetter, which shows bidirectional controls as markers. */
class TypesetterBidiTest {

    @Test
    void aRightToLeftOverrideIsSetAsAVisibleMarker() {
        Typesetter ts = new Typesetter();
        String set = ts.chunks("invoice\u202Etxt.exe", Typesetter.Style.BODY, Color.BLACK, "claim x").stream()
                .map(Chunk::getContent).collect(Collectors.joining());
        assertEquals("invoice[U+202E]txt.exe", set);
    }
}
