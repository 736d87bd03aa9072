package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.FrontMatterReader;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/**
 * The records whose {@code equals} is written out (a record's own goes through method handles,
 * slow under the client compiler) still compare as a record does: by every component, a
 * component added later included. Each is checked against copies that differ in one component.
 */
class WrittenOutEqualsTest {
  private static PageMeta meta(String title) {
    PageReader reader = new PageReader(new FrontMatterReader(new YamlReader()));
    SourceFile source = new SourceFile(Path.of("content"), "a.md", SourceKind.PAGE, "a", "en");
    Diagnostics diagnostics = new Diagnostics();
    byte[] bytes = ("---\ntitle: " + title + "\n---\n\nText.\n").getBytes(StandardCharsets.UTF_8);
    PageReader.Loaded loaded = reader.load(source, bytes, diagnostics).orElseThrow();
    return reader.type(loaded, ContentType.PAGE, diagnostics).orElseThrow().meta();
  }

  private static final SourceFile SOURCE = new SourceFile(Path.of("/site/content"), "runbooks/disk.md", SourceKind.PAGE, "runbooks/disk", "en");
  private static final PageFacts FACTS = new PageFacts(SOURCE, "d1", meta("Disk"), "m1", 3, List.of("top", "steps"), 2, 1,
      List.of(Diagnostic.warning(new SourcePos("content/runbooks/disk.md", 1, 1), "w")), new BodyRef(1, 2, 3, 4, 5, 6));

  /** A value of {@code type} other than {@code value}. */
  private static Object other(Class<?> type, Object value) {
    if (type == String.class) return value + "x";
    if (type == int.class) return (Integer) value + 1;
    if (type == long.class) return (Long) value + 1;
    if (type == Path.class) return ((Path) value).resolve("x");
    if (type == SourceKind.class) return value == SourceKind.PAGE ? SourceKind.SECTION_INDEX : SourceKind.PAGE;
    if (type == List.class) return List.of("other");
    if (type == PageMeta.class) return meta("Another");
    if (type == BodyRef.class) return new BodyRef(9, 2, 3, 4, 5, 6);
    if (type == SourceFile.class) return new SourceFile(Path.of("/site/content"), "b.md", SourceKind.PAGE, "b", "en");
    if (type == PageFacts.class) return FACTS.withSource(new SourceFile(Path.of("/site/content"), "b.md", SourceKind.PAGE, "b", "en"));
    throw new IllegalArgumentException("no other value of " + type);
  }

  /** A copy of {@code value} with {@code change} applied to each component's value, the others as they are (new objects where they can be). */
  private static <R extends Record> R copy(R value, int changed, Function<Object, Object> fresh) throws Exception {
    RecordComponent[] components = value.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      components[i].getAccessor().setAccessible(true);
      Object v = components[i].getAccessor().invoke(value);
      args[i] = i == changed ? other(types[i], v) : fresh.apply(v);
    }
    Constructor<?> make = value.getClass().getDeclaredConstructor(types);
    make.setAccessible(true);
    @SuppressWarnings("unchecked")
    R made = (R) make.newInstance(args);
    return made;
  }

  /** An equal value that is another object, where one can be made. */
  private static Object fresh(Object v) {
    if (v instanceof String s) return new String(s.toCharArray());
    if (v instanceof List<?> l) return List.copyOf(new java.util.ArrayList<>(l));
    return v;
  }

  private static void comparesByEveryComponent(Record value) throws Exception {
    Record same = copy(value, -1, WrittenOutEqualsTest::fresh);
    assertThat(same).isEqualTo(value).hasSameHashCodeAs(value);
    assertThat(value.equals(null)).isFalse();
    assertThat(value.equals("text")).isFalse();
    for (int i = 0; i < value.getClass().getRecordComponents().length; i++) {
      Record differs = copy(value, i, WrittenOutEqualsTest::fresh);
      assertThat(differs).as("%s with another %s", value.getClass().getSimpleName(), value.getClass().getRecordComponents()[i].getName())
          .isNotEqualTo(value);
    }
  }

  @Test
  void pageDetailsAreEmptyOnlyWithoutAnyOfTheirParts() throws Exception {
    // isEmpty stands for equals(NONE) in the body store: a part added later must count too.
    assertThat(PageDetails.NONE.isEmpty()).isTrue();
    assertThat(new PageDetails(List.of(), List.of(), List.of()).isEmpty()).isTrue();
    RecordComponent[] parts = PageDetails.class.getRecordComponents();
    for (int i = 0; i < parts.length; i++) {
      Object[] args = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      for (int k = 0; k < parts.length; k++) {
        types[k] = parts[k].getType();
        // Only whether a part is empty is asked: any element stands for one.
        args[k] = k == i ? List.of("one") : List.of();
      }
      PageDetails one = PageDetails.class.getDeclaredConstructor(types).newInstance(args);
      assertThat(one.isEmpty()).as("details with a %s", parts[i].getName()).isFalse();
      assertThat(one).isNotEqualTo(PageDetails.NONE);
    }
  }

  @Test
  void sourceFilesFactsAndCacheEntriesCompareByEveryComponent() throws Exception {
    comparesByEveryComponent(SOURCE);
    comparesByEveryComponent(FACTS);
    comparesByEveryComponent(new IndexCache.Entry("|page|settings|en|PAGE", 120, 7, FACTS));
    // The facts of a cache entry taken over: the source file is today's object, equal to the one read back.
    PageFacts loaded = FACTS.withSource(new SourceFile(Path.of("/site/content"), "runbooks/disk.md", SourceKind.PAGE, "runbooks/disk", "en"));
    assertThat(loaded).isEqualTo(FACTS).hasSameHashCodeAs(FACTS);
  }
}
