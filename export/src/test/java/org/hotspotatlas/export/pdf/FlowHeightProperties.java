package org.hotspotatlas.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;

import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.export.brief.BriefContent.Citation;
import org.hotspotatlas.export.pdf.Typesetter.Style;

import org.junit.jupiter.api.Test;

/**
 * The height the flow gives a block is the height of a full simulated layout, also where it takes the
 * short way for a paragraph that clearly sets on one line (the height remembered for its leading and
 * type size).
 */
class FlowHeightProperties {

    private static final String[] WORDS = {"a", "joint", "naval", "exercise", "Россия", "中国", "Beijing", "¶4.2",
        "veto", "2019-06", "Pattern:", "—", "cooperation", "Ж", "與", "x"};

    private static float simulated(Document doc, PdfWriter writer, Paragraph p, float width) throws DocumentException {
        ColumnText ct = new ColumnText(writer.getDirectContent());
        ct.setSimpleColumn(0, -100000, width, 0);
        ct.addElement(p);
        ct.go(true);
        return -ct.getYLine();
    }

    @Test
    void theFlowsHeightIsTheSimulatedHeight() throws Exception {
        Document doc = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(doc, OutputStream.nullOutputStream());
        writer.setTagged();
        doc.open();
        Flow flow = new Flow(writer, doc);
        Text text = new Text(new Typesetter());
        Style[] styles = {Style.TABLE, Style.TABLE_BOLD, Style.BODY, Style.SMALL, Style.H3};
        int[] shortCuts = {0};
        qt().withExamples(400).forAll(longs().all(), integers().between(20, 460)).checkAssert((seed, width) -> {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder();
            int words = 1 + r.nextInt(r.nextBoolean() ? 4 : 30);
            for (int i = 0; i < words; i++) {
                sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            List<Citation> cites = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                cites.add(new Citation(Locator.of(1 + r.nextInt(9), 1 + r.nextInt(5)),
                        r.nextBoolean() ? java.net.URI.create("https://example.org/a#s" + i) : null));
            }
            cites.sort(null);
            Style style = styles[r.nextInt(styles.length)];
            Paragraph p = text.paragraph(style, Text.INK, sb.toString(), cites, "test");
            try {
                float expected = simulated(doc, writer, text.paragraph(style, Text.INK, sb.toString(), cites, "test"), width);
                assertEquals(expected, flow.height(() -> p, width), 0f, sb + " at " + width + " in " + style);
                if (expected < 2 * Text.leading(style)) {
                    shortCuts[0]++;
                }
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        });
        // the one-line short way was taken often enough to be tested
        org.junit.jupiter.api.Assertions.assertTrue(shortCuts[0] > 40, "one-line paragraphs: " + shortCuts[0]);
    }
}
