package org.fieldguide.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void parsesCommandLineNamesInAnyCase() {
    assertThat(ReportFormat.parse("github")).isEqualTo(ReportFormat.GITHUB);
    assertThat(ReportFormat.parse(" SARIF ")).isEqualTo(ReportFormat.SARIF);
    assertThat(ReportFormat.JUNIT.id()).isEqualTo("junit");
  }

  @Test
  void unknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> ReportFormat.parse("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format 'xml'; use one of text, json, github, sarif, junit");
  }

  @Test
  void everyFormatHasAWriter() {
    for (ReportFormat f : ReportFormat.values()) assertThat(ReportWriter.of(f, ReportOptions.none())).isNotNull();
  }

  @Test
  void writersSortWhatTheyAreGiven() {
    for (ReportFormat f : new ReportFormat[] {ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT}) {
      assertThat(Samples.render(f, Samples.MIXED))
          .isEqualTo(Samples.render(f, Samples.MIXED.stream().sorted().toList()));
    }
  }
}
