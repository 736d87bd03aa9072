package org.fieldguide.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldguide.config.FieldDeclaration;
import org.fieldguide.config.FrontMatterConfig;

/**
 * Writes the front-matter JSON Schemas of one site: the shipped schema of each content type
 * (kept in step with the reader by a test), plus the fields the site declared for that type and
 * the keys it ignores, so an editor completes and checks exactly what {@code fieldguide check}
 * accepts. Sections ({@code _index.md}) get the page schema with the fields declared for them.
 */
public final class SchemaWriter {
  /** The content types with a shipped schema, and {@code section}. */
  private static final Map<String, String> BASES = bases();

  private final ObjectMapper json = new ObjectMapper();

  private static Map<String, String> bases() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String t : FieldDeclaration.PLACES) m.put(t, t.equals("section") ? "page" : t);
    return m;
  }

  /**
   * The schema files of a site, by file name ({@code runbook.schema.json}), in a fixed order.
   *
   * @param siteTitle named in each schema's title, so a writer sees which site it belongs to
   */
  public Map<String, String> write(String siteTitle, FrontMatterConfig config) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : BASES.entrySet()) {
      ObjectNode schema = base(e.getValue());
      schema.remove("$id");
      schema.put("title", "fieldguide front matter: " + (e.getKey().equals("section") ? "section page (_index.md)" : e.getKey()) + " of " + siteTitle);
      ObjectNode properties = (ObjectNode) schema.get("properties");
      for (FieldDeclaration f : config.fields()) {
        if (f.appliesTo(e.getKey())) properties.set(f.name(), property(f));
      }
      for (String key : config.ignore()) {
        properties.putObject(key).put("description", "Another tool's key: fieldguide accepts it and does not use it (front_matter: ignore in site.yaml).");
      }
      out.put(e.getKey() + ".schema.json", pretty(schema));
    }
    return out;
  }

  private ObjectNode property(FieldDeclaration f) {
    ObjectNode p = json.createObjectNode();
    switch (f.type()) {
      case TEXT -> p.put("type", "string");
      case INTEGER -> p.put("type", "integer");
      case NUMBER -> p.put("type", "number");
      case BOOLEAN -> p.put("type", "boolean");
      case DATE -> p.put("type", "string").put("pattern", "^\\d{4}-\\d{2}-\\d{2}([T ].*)?$");
      case LIST -> {
        // A single text is read as a list of one, as for tags.
        p.putArray("type").add("array").add("string");
        p.putObject("items").put("type", "string");
      }
      case MAPPING -> p.put("type", "object");
      case ANY -> { }
    }
    String what = "Declared in site.yaml (" + f.type().id() + ").";
    p.put("description", f.description().isEmpty() ? what : f.description() + " " + what);
    return p;
  }

  private ObjectNode base(String type) {
    try (InputStream in = SchemaWriter.class.getResourceAsStream(type + ".schema.json")) {
      if (in == null) throw new IllegalStateException("the schema of " + type + " is missing from the tool");
      return (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Two-space indentation and one item per line, as the shipped files are written. */
  private String pretty(ObjectNode schema) {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indent);
    printer.indentArraysWith(indent);
    try {
      return json.writer(printer).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema tree always serialises", e);
    }
  }
}
