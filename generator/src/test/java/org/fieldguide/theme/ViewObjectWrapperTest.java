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
        + "|<#list list as i>${i.count}</#list>|${x.child?has_content?c}|${x.title?length}";
    Item item = new Item("Disk", 2, true, new Item("Fan", 0, false, null));
    ObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    assertThat(render(new ViewObjectWrapper(), template, item))
        .isEqualTo(render(standard, template, item))
        .isEqualTo("Disk|Disk|3|true|Fan|false|> Disk|2|true|4");
  }

  @Test
  void aRecordThatIsNotPublicIsLeftToTheDefault() throws Exception {
    ObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    String template = "${(x.title)!'hidden'}";
    assertThat(render(new ViewObjectWrapper(), template, new Hidden("Rack"))).isEqualTo(render(standard, template, new Hidden("Rack"))).isEqualTo("hidden");
  }
}
