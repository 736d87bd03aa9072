package org.fieldguide.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.Suggestions;
import org.fieldguide.yaml.YamlNode;

/**
 * Reads {@code front_matter:} of site.yaml: declared fields (short form {@code author: text}, or a
 * mapping with {@code type}, {@code types} and {@code description}) and the {@code ignore} list.
 */
final class FrontMatterConfigReader {
  // Names templates can reach as page.extra.name (or page.extra["a-b"] with a hyphen).
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private final Diagnostics diagnostics;

  FrontMatterConfigReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Optional<FrontMatterConfig> read(YamlNode node) {
    return MappingReader.of(node, diagnostics, ConfigLoader.FILE, "front_matter").map(r -> {
      List<FieldDeclaration> fields = r.node("fields").map(this::fields).orElse(List.of());
      List<String> ignore = ignore(r, fields);
      r.rejectUnknownKeys("front_matter");
      return new FrontMatterConfig(fields, ignore);
    });
  }

  private List<FieldDeclaration> fields(YamlNode node) {
    if (!(node instanceof YamlNode.Mapping m)) {
      diagnostics.error(node.pos(), "'fields' in front_matter must be a mapping of 'name: type' lines, such as author: text, found " + node.describe() + ".");
      return List.of();
    }
    List<FieldDeclaration> out = new ArrayList<>();
    for (YamlNode.Entry e : m.entries()) {
      if (!NAME.matcher(e.key()).matches()) {
        diagnostics.error(e.keyPos(), "'" + e.key() + "' cannot be a field name: use letters, digits, '_' and '-', starting with a letter or '_'.");
        continue;
      }
      if (FieldDeclaration.BUILT_IN.contains(e.key())) {
        diagnostics.error(e.keyPos(), "'" + e.key() + "' is a built-in front-matter field and needs no declaration. Remove it from front_matter: fields.");
        continue;
      }
      declaration(e).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private Optional<FieldDeclaration> declaration(YamlNode.Entry e) {
    String name = e.key();
    if (e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING) {
      return type(name, s.text(), s).map(t -> new FieldDeclaration(name, t, List.of(), "", e.keyPos()));
    }
    if (!(e.value() instanceof YamlNode.Mapping)) {
      diagnostics.error(e.value().pos(), "declare the field '" + name + "' with its type, such as " + name
          + ": text, or with a mapping of type, types and description; found " + e.value().describe() + ".");
      return Optional.empty();
    }
    MappingReader r = new MappingReader((YamlNode.Mapping) e.value(), diagnostics, ConfigLoader.FILE);
    Optional<FieldType> type = r.requiredText("type", "type: text")
        .flatMap(t -> type(name, t, r.node("type").orElseThrow()));
    List<String> places = places(r);
    String description = r.text("description").orElse("");
    r.rejectUnknownKeys("the declaration of '" + name + "'");
    return type.map(t -> new FieldDeclaration(name, t, places, description.strip(), e.keyPos()));
  }

  private Optional<FieldType> type(String name, String text, YamlNode at) {
    Optional<FieldType> type = FieldType.fromId(text.strip());
    if (type.isEmpty()) {
      diagnostics.error(at.pos(), "unknown field type '" + text + "' for '" + name + "'" + Suggestions.endSentence(text.strip(), FieldType.ids())
          + " Use one of " + String.join(", ", FieldType.ids()) + ".");
    }
    return type;
  }

  private List<String> places(MappingReader r) {
    Set<String> out = new LinkedHashSet<>();
    for (YamlNode n : r.nodeList("types")) {
      String place = n instanceof YamlNode.Scalar s ? s.text().strip() : "";
      if (FieldDeclaration.PLACES.contains(place)) {
        out.add(place);
      } else {
        diagnostics.error(n.pos(), "'" + (place.isEmpty() ? n.describe() : place) + "' is not a content type"
            + Suggestions.endSentence(place, FieldDeclaration.PLACES) + " Use " + String.join(", ", FieldDeclaration.PLACES)
            + " (section means _index.md).");
      }
    }
    return List.copyOf(out);
  }

  private List<String> ignore(MappingReader r, List<FieldDeclaration> fields) {
    Map<String, YamlNode> out = new LinkedHashMap<>();
    for (YamlNode n : r.nodeList("ignore")) {
      if (!(n instanceof YamlNode.Scalar s) || s.kind() == YamlNode.ScalarKind.NULL || s.text().isBlank()) {
        diagnostics.error(n.pos(), "each of 'ignore' in front_matter must be a front-matter key, such as layout.");
        continue;
      }
      String key = s.text().strip();
      if (FieldDeclaration.BUILT_IN.contains(key)) {
        diagnostics.error(n.pos(), "'" + key + "' is a built-in front-matter field and cannot be ignored. Remove it from front_matter: ignore.");
      } else if (fields.stream().anyMatch(f -> f.name().equals(key))) {
        diagnostics.error(n.pos(), "'" + key + "' is both declared under fields and listed under ignore. Keep one of the two.");
      } else if (out.putIfAbsent(key, n) != null) {
        diagnostics.error(n.pos(), "'" + key + "' is listed twice in front_matter: ignore. Remove one.");
      }
    }
    return List.copyOf(out.keySet());
  }
}
