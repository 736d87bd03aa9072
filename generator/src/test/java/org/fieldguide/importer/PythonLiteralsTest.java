package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** conf.py's top-level assignments read as literals, without running Python. */
class PythonLiteralsTest {
  @Test
  void readsStringsNumbersAndConstants() {
    assertThat(PythonLiterals.assignments("project = 'Hub'\nanchors = 2\nratio = 0.5\nflag = True\nnothing = None\n"))
        .containsExactly(Map.entry("project", "Hub"), Map.entry("anchors", 2L), Map.entry("ratio", 0.5), Map.entry("flag", true),
            Map.entry("nothing", PythonLiterals.None.NONE));
  }

  @Test
  void joinsAdjacentStringsAndReadsEscapesAndTripleQuotes() {
    assertThat(PythonLiterals.assignments("a = ('Zero to '\n     \"JupyterHub\")\nb = \"tab\\there\"\nc = r'\\d+'\nd = \"\"\"one\ntwo\"\"\"\n"))
        .containsExactly(Map.entry("a", "Zero to JupyterHub"), Map.entry("b", "tab\there"), Map.entry("c", "\\d+"), Map.entry("d", "one\ntwo"));
  }

  @Test
  void readsListsTuplesAndDictsOverLinesWithComments() {
    Map<String, Object> read = PythonLiterals.assignments("""
        exts = [
            "colon_fence",  # fences of colons
            "substitution",
        ]
        suffix = {".md": "markdown", ".rst": "restructuredtext"}
        pair = "a", "b"
        """);
    assertThat(read.get("exts")).isEqualTo(List.of("colon_fence", "substitution"));
    assertThat(read.get("suffix")).isEqualTo(Map.of(".md", "markdown", ".rst", "restructuredtext"));
    assertThat(read.get("pair")).isEqualTo(List.of("a", "b"));
  }

  @Test
  void marksCodeWithItsLineAndColumnAndKeepsTheLiteralPartsBesideIt() {
    Map<String, Object> read = PythonLiterals.assignments("""
        copyright = f"{datetime.date.today().year}, Project Jupyter"
        html_context = {
            "github_user": "jupyterhub",
            "github_version": os.environ.get("BRANCH", "main"),
        }
        version = jupyterhub.__version__
        """);
    assertThat(read.get("copyright")).isEqualTo(new PythonLiterals.NotLiteral(1, 13, "f\"{datetime.date.today().year}, Project Jupyter\""));
    assertThat(read.get("html_context")).isEqualTo(Map.of(
        "github_user", "jupyterhub", "github_version", new PythonLiterals.NotLiteral(4, 23, "os.environ.get(\"BRANCH\", \"main\")")));
    assertThat(read.get("version")).isEqualTo(new PythonLiterals.NotLiteral(6, 11, "jupyterhub.__version__"));
  }

  @Test
  void readsOnlyTopLevelStatementsAndTheLastAssignment() {
    assertThat(PythonLiterals.assignments("""
        language = "en"
        if os.environ.get("READTHEDOCS"):
            language = "de"
        def setup(app):
            \"\"\"
        html_title = "in a docstring"
            \"\"\"
        language = "fr"
        """)).containsExactly(Map.entry("language", "fr"));
  }

  @Test
  void neverThrowsOnMalformedText() {
    for (String text : List.of("x = [1, 2", "x = 'open", "x = {'a': ", "x = \"\"\"never closed", "= 3", "x = (", "x = ]", "x = 1 +", "x = -",
        "x = {1: 2, [3]: 4}", "x = 0x1F", "x = \\\n  'continued'", "\u0000x = 1")) {
      assertThat(PythonLiterals.assignments(text)).as(text).isNotNull();
    }
    assertThat(PythonLiterals.assignments("x = [1, 2\ny = 3\n").get("x")).isInstanceOf(PythonLiterals.NotLiteral.class);
    assertThat(PythonLiterals.assignments("x = \\\n  'continued'\n")).containsExactly(Map.entry("x", "continued"));
  }
}
