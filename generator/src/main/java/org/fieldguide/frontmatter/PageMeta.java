package org.fieldguide.frontmatter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The typed front matter of a page: one record per content type. */
public sealed interface PageMeta {
  CommonMeta common();

  /** Which layout renders the page. */
  ContentType type();

  /** Page paths written in front matter, validated like links in the body. */
  default List<LinkTarget> linkedPages() {
    return List.of();
  }

  /** A section's {@code _index.md}; {@code childType} is the default type of pages inside. */
  record SectionMeta(CommonMeta common, Optional<ContentType> childType) implements PageMeta {
    @Override
    public ContentType type() {
      return ContentType.PAGE;
    }
  }

  record PlainMeta(CommonMeta common) implements PageMeta {
    @Override
    public ContentType type() {
      return ContentType.PAGE;
    }
  }

  record RunbookMeta(
      CommonMeta common,
      Optional<Risk> risk,
      List<LinkTarget> prerequisites,
      List<String> access,
      List<String> tools,
      Optional<String> rollback,
      Optional<String> escalation,
      List<AlertDeclaration> alerts)
      implements PageMeta {

    /** A runbook that answers no Prometheus alert. */
    public RunbookMeta(
        CommonMeta common,
        Optional<Risk> risk,
        List<LinkTarget> prerequisites,
        List<String> access,
        List<String> tools,
        Optional<String> rollback,
        Optional<String> escalation) {
      this(common, risk, prerequisites, access, tools, rollback, escalation, List.of());
    }

    @Override
    public ContentType type() {
      return ContentType.RUNBOOK;
    }

    @Override
    public List<LinkTarget> linkedPages() {
      return prerequisites;
    }
  }

  record HardwareGuideMeta(
      CommonMeta common,
      Optional<String> model,
      Optional<String> vendor,
      Optional<Compatibility> status,
      Map<String, String> specs)
      implements PageMeta {
    @Override
    public ContentType type() {
      return ContentType.HARDWARE_GUIDE;
    }
  }

  record TrainingModuleMeta(
      CommonMeta common, List<String> objectives, List<LinkTarget> prerequisites, List<Question> questions)
      implements PageMeta {
    @Override
    public ContentType type() {
      return ContentType.TRAINING_MODULE;
    }

    @Override
    public List<LinkTarget> linkedPages() {
      return prerequisites;
    }
  }

  /** A self-check question of a training module. */
  record Question(String question, String answer) {}

  /** How risky a runbook is to carry out. */
  enum Risk {
    LOW,
    MEDIUM,
    HIGH;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether a piece of hardware may be used on the platform. */
  enum Compatibility {
    SUPPORTED,
    TESTING,
    DEPRECATED,
    UNSUPPORTED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
