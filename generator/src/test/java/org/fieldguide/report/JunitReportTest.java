package org.fieldguide.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportTest {

  @Test
  void oneTestCasePerFileWithFailuresAndWarningOutput() {
    assertThat(Samples.render(ReportFormat.JUNIT, Samples.MIXED)).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuite name="fieldguide" tests="3" failures="2" errors="0" skipped="0">
          <testcase classname="fieldguide" name="content/a,b:c.md">
            <system-out>content/a,b:c.md:2:1: warning: column unknown | pipe *star* _u_ `code` [x](y)
        </system-out>
          </testcase>
          <testcase classname="fieldguide" name="content/ar/شبكة.md">
            <failure type="error" message="العنوان مفقود: أضف title">content/ar/شبكة.md: error: العنوان مفقود: أضف title</failure>
          </testcase>
          <testcase classname="fieldguide" name="content/runbooks/deploy.md">
            <failure type="error" message="link target 'a,b:c.md' not found; 100% sure &lt;script&gt; &amp; friends&#10;second line">content/runbooks/deploy.md:3:1: error: link target 'a,b:c.md' not found; 100% sure &lt;script&gt; &amp; friends
        second line</failure>
            <system-out>content/runbooks/deploy.md:12:5: warning: external link https://example.org/a returned 404 Not Found. Fix or remove the link.
        </system-out>
          </testcase>
        </testsuite>
        """);
  }

  @Test
  void parsesAsXmlWithTheTextIntact() throws Exception {
    Document doc = parse(Samples.render(ReportFormat.JUNIT, Samples.MIXED));
    Element failure = (Element) doc.getElementsByTagName("failure").item(1);
    assertThat(failure.getAttribute("message")).isEqualTo("link target 'a,b:c.md' not found; 100% sure <script> & friends\nsecond line");
    assertThat(((Element) doc.getElementsByTagName("testcase").item(1)).getAttribute("name")).isEqualTo("content/ar/شبكة.md");
  }

  @Test
  void charactersXmlCannotHoldAreReplaced() throws Exception {
    String xml = Samples.render(ReportFormat.JUNIT, List.of(Diagnostic.error(new SourcePos("a\"b.md", 1, 1), "bell\u0007 \"quoted\"\ttab")));
    assertThat(xml).contains("name=\"a&quot;b.md\"", "message=\"bell\uFFFD &quot;quoted&quot;&#9;tab\"");
    assertThat(parse(xml).getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void noDiagnosticsIsAnEmptySuite() {
    assertThat(Samples.render(ReportFormat.JUNIT, List.of())).isEqualTo(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"fieldguide\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\"/>\n");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
