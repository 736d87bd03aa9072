package org.fieldguide.frontmatter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fieldguide.config.FrontMatterConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.PageMeta.Compatibility;
import org.fieldguide.frontmatter.PageMeta.Question;
import org.fieldguide.frontmatter.PageMeta.Risk;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.YamlException;
import org.fieldguide.yaml.YamlNode;
import org.fieldguide.yaml.YamlReader;
import org.fieldguide.yaml.Suggestions;

/**
 * Stage 2, front matter: YAML into the {@link PageMeta} record of the page's type, reporting
 * every missing, unknown or wrongly typed field at its {@code file:line:column}. Thread-safe.
 */
public final class FrontMatterReader {
  private final YamlReader yaml;

  public FrontMatterReader(YamlReader yaml) {
    this.yaml = yaml;
  }

  /** Parses only the YAML, for callers that need a field before typing (the section type). */
  public Optional<YamlNode> parse(Split split, String file, Diagnostics diagnostics) {
    try {
      return Optional.of(yaml.read(split.yaml(), file, split.yamlLine() - 1));
    } catch (YamlException e) {
      diagnostics.report(e.diagnostic());
      return Optional.empty();
    }
  }

  /** Front matter of a section's {@code _index.md} (or the home page). */
  public Optional<PageMeta> readSection(YamlNode root, Diagnostics diagnostics) {
    return readSection(root, FrontMatterConfig.NONE, diagnostics);
  }

  /** Front matter of a section page, with the fields the site declared in {@code site.yaml}. */
  public Optional<PageMeta> readSection(YamlNode root, FrontMatterConfig declared, Diagnostics diagnostics) {
    return reader(root, diagnostics)
        .map(
            r -> {
              CommonMeta common = withExtra(common(r), DeclaredFields.read(r, declared, "section"));
              Optional<ContentType> childType = type(r);
              r.rejectUnknownKeys("a section page (_index.md)", DeclaredFields::hint);
              return new PageMeta.SectionMeta(common, childType);
            });
  }

  /**
   * Front matter of a page. {@code defaultType} is the type given by the nearest section's
   * {@code _index.md}, used when the page declares none.
   */
  public Optional<PageMeta> readPage(YamlNode root, ContentType defaultType, Diagnostics diagnostics) {
    return readPage(root, defaultType, FrontMatterConfig.NONE, diagnostics);
  }

  /** Front matter of a page, with the fields the site declared in {@code site.yaml}. */
  public Optional<PageMeta> readPage(YamlNode root, ContentType defaultType, FrontMatterConfig declared, Diagnostics diagnostics) {
    Optional<MappingReader> reader = reader(root, diagnostics);
    if (reader.isEmpty()) return Optional.empty();
    MappingReader r = reader.get();
    long errorsBefore = diagnostics.errorCount();
    CommonMeta base = common(r);
    ContentType type = type(r).orElse(defaultType);
    CommonMeta common = withExtra(base, DeclaredFields.read(r, declared, type.id()));
    PageMeta meta =
        switch (type) {
          case PAGE -> new PageMeta.PlainMeta(common);
          case RUNBOOK -> runbook(r, common);
          case HARDWARE_GUIDE -> hardwareGuide(r, common);
          case TRAINING_MODULE -> trainingModule(r, common);
        };
    r.rejectUnknownKeys("the front matter of a " + type.id(), DeclaredFields::hint);
    return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(meta);
  }

  /**
   * The fields a page of {@code type} may have, in reading order: the reader itself is the
   * definition, so the shipped JSON schemas are tested against this list.
   */
  public static List<String> fields(ContentType type) {
    MappingReader r = new MappingReader(new YamlNode.Mapping(null, List.of()), new Diagnostics(), "front matter");
    common(r);
    type(r);
    switch (type) {
      case PAGE -> { }
      case RUNBOOK -> runbook(r, null);
      case HARDWARE_GUIDE -> hardwareGuide(r, null);
      case TRAINING_MODULE -> trainingModule(r, null);
    }
    return r.knownKeys();
  }

  private static Optional<MappingReader> reader(YamlNode root, Diagnostics diagnostics) {
    return MappingReader.of(root, diagnostics, "front matter", "front matter");
  }

  private static CommonMeta common(MappingReader r) {
    String title = r.requiredText("title", "title: Replace a failed disk").orElse("");
    String summary = r.text("summary").orElse("");
    int weight = r.integer("weight").orElse(0);
    // Interned: a site's pages share a few dozen tags, and their facts live as long as the build.
    List<String> tags = r.textList("tags").stream().map(String::intern).toList();
    boolean draft = r.bool("draft").orElse(false);
    Optional<Duration> time = r.text("estimated_time").flatMap(t -> duration(r, t));
    Optional<java.time.LocalDate> reviewed = r.date("last_reviewed");
    Optional<CommonMeta.Stamp> stamp =
        r.text("source_hash").map(h -> new CommonMeta.Stamp(h.strip(), r.node("source_hash").get().pos()));
    Optional<UrlField> url = UrlFields.own(r);
    List<UrlField> aliases = UrlFields.aliases(r);
    return new CommonMeta(title, summary, weight, tags, draft, time, reviewed, stamp, url, aliases, java.util.Map.of());
  }

  private static CommonMeta withExtra(CommonMeta c, java.util.Map<String, ExtraValue> extra) {
    return new CommonMeta(c.title(), c.summary(), c.weight(), c.tags(), c.draft(), c.estimatedTime(), c.lastReviewed(),
        c.sourceHash(), c.url(), c.aliases(), extra);
  }

  private static Optional<Duration> duration(MappingReader r, String text) {
    Optional<Duration> d = EstimatedTime.parse(text);
    if (d.isEmpty()) {
      r.reportAt(
          "estimated_time",
          "'estimated_time' must be a duration such as 45m, 1h or 1h30m, found '" + text + "'.");
    }
    return d;
  }

  private static Optional<ContentType> type(MappingReader r) {
    return r.text("type")
        .flatMap(
            t -> {
              Optional<ContentType> type = ContentType.fromId(t.strip());
              if (type.isEmpty()) {
                List<String> ids = Arrays.stream(ContentType.values()).map(ContentType::id).toList();
                r.reportAt(
                    "type",
                    "unknown type '"
                        + t
                        + "'"
                        + Suggestions.endSentence(t, ids)
                        + " Use one of "
                        + String.join(", ", ids)
                        + ".");
              }
              return type;
            });
  }

  private static PageMeta runbook(MappingReader r, CommonMeta common) {
    return new PageMeta.RunbookMeta(
        common,
        r.choice("risk", Risk.class, Risk::id),
        linkTargets(r, "prerequisites"),
        r.textList("access"),
        r.textList("tools"),
        r.text("rollback"),
        r.text("escalation"),
        AlertDeclarations.read(r));
  }

  private static PageMeta hardwareGuide(MappingReader r, CommonMeta common) {
    return new PageMeta.HardwareGuideMeta(
        common,
        r.text("model"),
        r.text("vendor"),
        r.choice("status", Compatibility.class, Compatibility::id),
        r.textMap("specs"));
  }

  private static PageMeta trainingModule(MappingReader r, CommonMeta common) {
    List<Question> questions = new ArrayList<>();
    for (YamlNode n : r.nodeList("questions")) {
      r.nested(n, "a question").ifPresent(q -> {
        Optional<String> question = q.requiredText("question", "question: Which command lists disks?");
        Optional<String> answer = q.requiredText("answer", "answer: lsblk");
        q.rejectUnknownKeys("a question");
        if (question.isPresent() && answer.isPresent()) questions.add(new Question(question.get(), answer.get()));
      });
    }
    return new PageMeta.TrainingModuleMeta(
        common, r.textList("objectives"), linkTargets(r, "prerequisites"), List.copyOf(questions));
  }

  private static List<LinkTarget> linkTargets(MappingReader r, String key) {
    List<LinkTarget> out = new ArrayList<>();
    for (YamlNode n : r.nodeList(key)) {
      if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING && !s.text().isBlank()) {
        out.add(new LinkTarget(s.text().strip(), s.pos()));
      } else {
        r.reportAt(n, "each of '" + key + "' must be the path of a page, such as ../hardware/supported-servers.md.");
      }
    }
    return List.copyOf(out);
  }
}
