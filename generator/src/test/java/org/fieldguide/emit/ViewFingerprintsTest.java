package org.fieldguide.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewFingerprintsTest {
  record Link(String title, String url) {}

  record View(String title, int count, boolean flag, List<Link> links, Map<String, Object> extra, Optional<String> note, Link next) {}

  private final ViewFingerprints fingerprints = new ViewFingerprints();

  private String of(Object view) {
    return fingerprints.of(List.of("inputs", "page.ftlh"), view);
  }

  private static View view(String title, List<Link> links) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("owner", "ops");
    extra.put("tags", List.of("a", "b"));
    return new View(title, 2, true, links, extra, Optional.empty(), null);
  }

  @Test
  void equalViewsHaveEqualFingerprints() {
    assertThat(of(view("Disk", List.of(new Link("Up", "../"))))).isEqualTo(of(view("Disk", List.of(new Link("Up", "../")))));
  }

  @Test
  void anyValueAnywhereInTheViewChangesIt() {
    String base = of(view("Disk", List.of(new Link("Up", "../"))));
    assertThat(of(view("Disks", List.of(new Link("Up", "../"))))).isNotEqualTo(base);
    assertThat(of(view("Disk", List.of(new Link("Up", "../../"))))).isNotEqualTo(base);
    assertThat(of(view("Disk", List.of()))).isNotEqualTo(base);
    View v = view("Disk", List.of(new Link("Up", "../")));
    assertThat(of(new View(v.title(), 3, v.flag(), v.links(), v.extra(), v.note(), v.next()))).isNotEqualTo(base);
    assertThat(of(new View(v.title(), v.count(), false, v.links(), v.extra(), v.note(), v.next()))).isNotEqualTo(base);
    assertThat(of(new View(v.title(), v.count(), v.flag(), v.links(), Map.of("owner", "ops"), v.note(), v.next()))).isNotEqualTo(base);
    assertThat(of(new View(v.title(), v.count(), v.flag(), v.links(), v.extra(), Optional.of(""), v.next()))).isNotEqualTo(base);
    assertThat(of(new View(v.title(), v.count(), v.flag(), v.links(), v.extra(), v.note(), new Link("", "")))).isNotEqualTo(base);
    assertThat(fingerprints.of(List.of("other inputs", "page.ftlh"), v)).isNotEqualTo(base);
  }

  @Test
  void textsAreDelimitedSoMovingCharactersBetweenValuesChangesIt() {
    assertThat(of(new Link("ab", "c"))).isNotEqualTo(of(new Link("a", "bc")));
    assertThat(of(List.of("a", "b"))).isNotEqualTo(of(List.of("ab")));
    assertThat(of(new Link(null, "x"))).isNotEqualTo(of(new Link("", "x")));
  }
}
