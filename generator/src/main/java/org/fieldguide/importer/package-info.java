/**
 * {@code fieldguide import}: turns a Jekyll, Hugo, MkDocs, Zola, Docusaurus or Sphinx (MyST) repository into a
 * fieldguide site (site.yaml, content/ with {@code name.<lang>.md} files, the assets its pages use), converting
 * what can be converted and reporting, at the written file's line, what is left for a person.
 *
 * <p>Reading a source ({@code *Source} classes) gives {@link org.fieldguide.importer.SourceSite}
 * records; converting ({@code *Converter}, {@link org.fieldguide.importer.Targets}) works on
 * text and those records only; {@link org.fieldguide.importer.SiteImporter} writes.
 */
package org.fieldguide.importer;
