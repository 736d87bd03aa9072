package org.fieldguide.theme;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewObjectWrapperTest {
  public record Item(String title, int count, boolean shown, Item child) {
    public String label(String prefix) {
      return prefix + title;
    }
  }

  /** A record that is a template model already: templates see it as it says, as the default wrapper lets them. */
  public record Label(String text) implements freemarker.template.TemplateScalarModel {
    @Override
    public String getAsString() {
      return "label " + text;
    }
  }

  /** Not public: left to the default's reflection, which does not show it either. */
  record Hidden(String title) {}

  private static String render(ObjectWrapper wrapper, String template, Object model) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setObjectWrapper(wrapper);
    cfg.setNumberFormat("computer");
    StringWriter out = new StringWriter();
    new Template("t", template, cfg).process(Map.of("x", model, "list", List.of(model)), out);
    return out.toString();
  }

  @Test
  void templatesSeeRecordsAsTheDefaultWrapperShowsThem() throws Exception {
    String template = "${x.title}|${x.title()}|${x.count + 1}|${x.shown?c}|${x.child.title}|${x.child.child???c}|${x.label('> ')}"
        + "|<#list list as i>${i.count}</#list>|${x.child?has_content?c}|${x.title?length}|${x.child}|${x.missing!'none'}"
        + "|${x.child.label('- ')}|${x?is_hash?c}|${x?is_string?c}";
    Item item = new Item("Disk", 2, true, new Item("Fan", 0, false, null));
    ObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    assertThat(render(new ViewObjectWrapper(), template, item))
        .isEqualTo(render(standard, template, item))
        .isEqualTo("Disk|Disk|3|true|Fan|false|> Disk|2|true|4|Item[title=Fan, count=0, shown=false, child=null]|none|- Fan|true|true");
    // Handed back to Java (a method's argument, ui.t's values), a record's model is the record, as the default's.
    ViewObjectWrapper ours = new ViewObjectWrapper();
    assertThat(ours.unwrap(ours.wrap(item))).isSameAs(item).isSameAs(((freemarker.template.DefaultObjectWrapper) standard).unwrap(standard.wrap(item)));
  }

  @Test
  void textTruthAndWholeNumbersAreWrappedAsTheDefaultWrapperWrapsThem() throws Exception {
    ObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    ViewObjectWrapper ours = new ViewObjectWrapper();
    for (Object value : List.of("Disk", "", true, false, 7, -3L, Long.MAX_VALUE)) {
      freemarker.template.TemplateModel expected = standard.wrap(value);
      freemarker.template.TemplateModel actual = ours.wrap(value);
      assertThat(actual).as("%s", value).isInstanceOf(expected.getClass());
      assertThat(ours.unwrap(actual)).as("%s", value).isEqualTo(value);
    }
    assertThat(ours.wrap(true)).isSameAs(freemarker.template.TemplateBooleanModel.TRUE);
    String template = "${x}|${x?length}|<#if y>yes</#if>|${z + 1}|${z?c}";
    Map<String, Object> model = Map.of("x", "Disk", "y", true, "z", 41);
    assertThat(renderMap(ours, template, model)).isEqualTo(renderMap(standard, template, model)).isEqualTo("Disk|4|yes|42|41");
  }

  private static String renderMap(ObjectWrapper wrapper, String template, Map<String, Object> model) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setObjectWrapper(wrapper);
    StringWriter out = new StringWriter();
    new Template("t", template, cfg).process(model, out);
    return out.toString();
  }

  @Test
  void templatesCallUiAsTheDefaultWrapperLetThem() throws Exception {
    org.fieldguide.i18n.UiStrings strings = new org.fieldguide.i18n.UiStrings("en", Map.of(
        "en", Map.of("hello", "Hello", "pages", "{count, plural, one {# page} other {# pages}}", "by", "By {name}",
            "two", "{a} and {b}"),
        "es", Map.of("hello", "Hola")));
    UiView ui = new UiView(strings, "en", null);
    String template = "${x.t('hello')}|${x.t('pages', 1)}|${x.t('pages', 3)}|${x.t('by', 'name', 'Ana')}|${x.t('two', 'a', 1, 'b', 'x')}"
        + "|${x.in('es').t('hello')}|${x.language()}";
    ObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    assertThat(render(new ViewObjectWrapper(), template, ui))
        .isEqualTo(render(standard, template, ui))
        .isEqualTo("Hello|1 page|3 pages|By Ana|1 and x|Hola|en");
    // A call no t takes fails the page's template, saying what t takes.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(new ViewObjectWrapper(), "${x.t('by', 'name', 'Ana', 'x')}", ui))
        .isInstanceOf(freemarker.template.TemplateException.class)
        .hasMessageContaining("ui.t takes a key and a count, or a key and one or two names with values; it was given 4 arguments");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(new ViewObjectWrapper(), "${x.t('by', 'name')}", ui))
        .isInstanceOf(freemarker.template.TemplateException.class)
        .hasMessageContaining("argument 2 of ui.t must be a number (a count), not string");
  }

  @Test
  void aRecordThatIsAModelIsNotWrappedAgain() throws Exception {
    ObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    String template = "${x}|<#list list as l>${l}</#list>";
    Label label = new Label("rack");
    assertThat(render(new ViewObjectWrapper(), template, label)).isEqualTo(render(standard, template, label)).isEqualTo("label rack|label rack");
  }

  @Test
  void aRecordThatIsNotPublicIsLeftToTheDefault() throws Exception {
    ObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    String template = "${(x.title)!'hidden'}";
    assertThat(render(new ViewObjectWrapper(), template, new Hidden("Rack"))).isEqualTo(render(standard, template, new Hidden("Rack"))).isEqualTo("hidden");
  }
}
