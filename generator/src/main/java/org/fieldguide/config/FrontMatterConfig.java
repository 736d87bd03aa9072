package org.fieldguide.config;

import java.util.List;
import java.util.Optional;

/**
 * {@code front_matter:} in site.yaml: the site's own front-matter fields, and the keys other tools
 * write that fieldguide accepts and does not use. Any other unknown key stays an error, so typos
 * are still caught.
 *
 * @param fields declared fields, in the order written
 * @param ignore keys accepted on every page and passed on to nothing, in the order written
 */
public record FrontMatterConfig(List<FieldDeclaration> fields, List<String> ignore) {
  public static final FrontMatterConfig NONE = new FrontMatterConfig(List.of(), List.of());

  public Optional<FieldDeclaration> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
