package org.fieldguide.frontmatter;

import java.util.Optional;

/** The kinds of page writers can declare with {@code type:}; each has its own layout. */
public enum ContentType {
  PAGE("page"),
  RUNBOOK("runbook"),
  HARDWARE_GUIDE("hardware-guide"),
  TRAINING_MODULE("training-module");

  private final String id;

  ContentType(String id) {
    this.id = id;
  }

  /** The name used in front matter and as the template name, such as {@code hardware-guide}. */
  public String id() {
    return id;
  }

  public static Optional<ContentType> fromId(String id) {
    for (ContentType t : values()) {
      if (t.id.equals(id)) return Optional.of(t);
    }
    return Optional.empty();
  }
}
