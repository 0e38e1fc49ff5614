/**
 * Renderers from an {@link org.hotspotatlas.core.Atlas} to files for people and programs: the
 * common {@link org.hotspotatlas.export.Exporter} interface, with one package per format.
 *
 * <p>Every exporter writes an atlas, whole or a selected part, to a stream or atomically to a file
 * (here the part about one hotspot, and {@code dir} is an existing directory):
 *
 * <pre>{@code
 * Atlas atlas = Atlas.bundled().select(Selection.hotspots("arctic"));
 * for (Exporter exporter : List.of(new XlsxExporter(), new PdfExporter(), new CanonicalJsonExporter())) {
 *     ExportResult result = exporter.export(atlas, dir.resolve("atlas" + exporter.fileExtension()));
 *     result.warnings().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.export;
