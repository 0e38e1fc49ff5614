/**
 * The policy brief as an editable Word document (Office Open XML, written with Apache POI): the
 * same content as the PDF brief, with Word's own structure (heading styles, a table of contents
 * field, tables with repeating header rows, numbered captions, lists, links).
 *
 * <p>A brief on one hotspot, with the author the document properties and every page's foot name
 * (here {@code dir} is an existing directory); the warnings list any text that had to be changed to
 * fit in XML:
 *
 * <pre>{@code
 * DocxOptions options = DocxOptions.defaults()
 *         .withAuthor("Policy Planning Staff")
 *         .withSelection(Selection.hotspots("venezuela"));
 * ExportResult result = new DocxExporter(options).export(Atlas.bundled(), dir.resolve("venezuela.docx"));
 * result.warnings().forEach(System.out::println);
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.export.docx;
