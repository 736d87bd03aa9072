package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.config.FrontMatterConfig;
import org.fieldguide.schema.SchemaWriter;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fieldguide schema}: the editor schemas of a site accept what its check accepts. */
class SchemaCommandTest {
  @TempDir Path dir;

  private static final String SITE = TestSite.SITE_YAML
      + """
      front_matter:
        fields:
          author: { type: text, description: Who wrote the page. }
          sort_rank: { type: integer, types: [page] }
          date: date
          categories: list
        ignore: [layout]
      """;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private List<Error> validate(Path schemaFile, String frontMatter) throws Exception {
    JsonNode instance = new YAMLMapper().readTree(frontMatter);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(schemaFile), InputFormat.JSON)
        .validate(instance);
  }

  @Test
  void writesSchemasThatAcceptTheDeclaredFieldsAndRejectTheUndeclared() throws Exception {
    String page = "title: A\nauthor: Ana\nsort_rank: 3\ndate: 2019-05-01 10:00:00 -0400\ncategories: tests\nlayout: docs\npermalink: /a/\naliases: [/old-a/]\n";
    TestSite.in(dir).with("site.yaml", SITE).with("content/a.md", "---\n" + page + "---\n").check().assertOk();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path schemas = dir.resolve("schemas");
    assertThat(run(out, err, "schema", "--site", dir.toString(), "--out", schemas.toString())).isZero();
    assertThat(out.toString()).isEqualTo("fieldguide: wrote 5 schemas (4 declared fields, 1 ignored keys) to " + schemas + "\n");
    try (var files = Files.list(schemas)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "hardware-guide.schema.json", "page.schema.json", "runbook.schema.json", "section.schema.json", "training-module.schema.json");
    }

    assertThat(validate(schemas.resolve("page.schema.json"), page)).isEmpty();
    assertThat(validate(schemas.resolve("page.schema.json"), "title: A\nauthor: 12\nnav_title: x\n"))
        .extracting(Error::getMessage).hasSize(2);
    // Declared for pages only, so a runbook may not have it, as check says too.
    assertThat(validate(schemas.resolve("runbook.schema.json"), "title: R\nsort_rank: 3\n")).hasSize(1);
    assertThat(Files.readString(schemas.resolve("page.schema.json")))
        .contains("\"title\": \"fieldguide front matter: page of Test Site\"")
        .contains("\"description\": \"Who wrote the page. Declared in site.yaml (text).\"")
        .doesNotContain("$id");
  }

  @Test
  void withoutDeclarationsTheSchemasAreTheShippedOnes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var written = new SchemaWriter().write("T", FrontMatterConfig.NONE);
    for (String type : List.of("page", "runbook", "hardware-guide", "training-module")) {
      JsonNode shipped = json.readTree(Path.of("schemas", type + ".schema.json").toFile());
      JsonNode mine = json.readTree(written.get(type + ".schema.json"));
      assertThat(mine.get("properties")).isEqualTo(shipped.get("properties"));
      assertThat(mine.get("required")).isEqualTo(shipped.get("required"));
    }
    assertThat(json.readTree(written.get("section.schema.json")).get("properties"))
        .isEqualTo(json.readTree(Path.of("schemas", "page.schema.json").toFile()).get("properties"));
  }

  @Test
  void siteErrorsExitOne() {
    TestSite.in(dir).with("site.yaml", TestSite.SITE_YAML + "front_matter: { fields: { author: txt } }\n").writeFiles();
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "schema", "--site", dir.toString(), "--out", dir.resolve("s").toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("site.yaml:7:35: error: unknown field type 'txt' for 'author'; did you mean 'text'?");
  }
}
