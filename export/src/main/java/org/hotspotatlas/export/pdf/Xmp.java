package org.hotspotatlas.export.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Locale;

import org.hotspotatlas.export.brief.BriefContent;

/**
 * The document's XMP metadata packet (Dublin Core, XMP basic and PDF schemas), written by hand so
 * that it holds exactly the document information and no time of writing: the same brief gives the
 * same bytes.
 */
final class Xmp {
    private Xmp() {}

    static byte[] of(BriefContent.Info info, Calendar date) {
        String when = String.format(Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", date.get(Calendar.YEAR),
                date.get(Calendar.MONTH) + 1, date.get(Calendar.DAY_OF_MONTH));
        StringBuilder sb = new StringBuilder();
        sb.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(info.subject()))
                .append("</rdf:li></rdf:Alt></dc:description>\n")
                .append("   <dc:creator><rdf:Seq><rdf:li>").append(esc(info.author())).append("</rdf:li></rdf:Seq></dc:creator>\n")
                .append("   <dc:language><rdf:Bag><rdf:li>").append(esc(info.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("   <dc:subject><rdf:Bag>");
        for (String k : info.keywords()) {
            sb.append("<rdf:li>").append(esc(k)).append("</rdf:li>");
        }
        sb.append("</rdf:Bag></dc:subject>\n")
                .append("   <xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(when).append("</xmp:MetadataDate>\n")
                .append("   <xmp:CreatorTool>").append(esc(info.creator())).append("</xmp:CreatorTool>\n")
                .append("   <pdf:Keywords>").append(esc(String.join(", ", info.keywords()))).append("</pdf:Keywords>\n")
                .append("   <pdf:Producer>").append(esc(com.lowagie.text.Document.getVersion())).append("</pdf:Producer>\n")
                .append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n");
        // the padding lets an editor update the packet in place, as XMP recommends
        sb.append((" ".repeat(99) + "\n").repeat(20));
        sb.append("<?xpacket end=\"w\"?>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(' ');
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
