package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** conf.py's top-level assignments read as literals, without running Python. */
class PythonLiteralsTest {
  /** Brackets nested past any setting's depth are read as code, without running out of stack (200,000 did). */
  @Test
  void bracketsNestedTooDeepAreCode() {
    Map<String, Object> read = PythonLiterals.assignments("project = 'Hub'\nx = " + "[".repeat(200_000) + "\ny = [[1]]\n");
    assertThat(read.get("project")).isEqualTo("Hub");
    assertThat(read.get("x")).isInstanceOf(PythonLiterals.NotLiteral.class);
    // 64 lists deep are read; the 65th is code, inside the lists around it (as code beside literals is).
    assertThat(innermost(PythonLiterals.assignments("z = " + "[".repeat(64) + "]".repeat(64) + "\n").get("z"), 63)).isEqualTo(java.util.List.of());
    assertThat(innermost(PythonLiterals.assignments("z = " + "[".repeat(65) + "]".repeat(65) + "\n").get("z"), 64))
        .isInstanceOf(PythonLiterals.NotLiteral.class);
  }

  /** The first element, {@code levels} lists down (AssertJ would print a nested list's failure exponentially). */
  private static Object innermost(Object value, int levels) {
    Object v = value;
    for (int i = 0; i < levels; i++) v = ((java.util.List<?>) v).get(0);
    return v;
  }

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

  /** Trimmed from zero-to-jupyterhub-k8s's docs/source/conf.py: code around and inside the settings. */
  @Test
  void readsTheLiteralsOfARealConfPy() {
    Map<String, Object> read = PythonLiterals.assignments("""
        project = "Zero to JupyterHub with Kubernetes"
        copyright = f"{datetime.date.today().year}, Project Jupyter Contributors"
        subprocess.run(["chartpress", "--skip-build"], cwd=os.path.abspath("../.."))
        with open("../../jupyterhub/Chart.yaml") as f:
            chart = yaml.safe_load(f)
        myst_substitutions = {
            "chart_version": chart["version"],
            # FIXME: kubeVersion contain >=, but by having > in the string we substitute
            "kube_version": chart["kubeVersion"].split("-", 1)[0][2:],
            "helm_version": "3.5",
            "requirements": f"[hub/images/requirements.txt](https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/{_get_git_ref_from_chartpress_based_version(chart['version'])}/images/hub/requirements.txt)",
        }
        def parse_schema(d, md=[], depth=0, pre=""):
            \"\"\"
            Generate markdown headers from a passed python dictionary created by
            parsing a schema.yaml file.
            \"\"\"
            if "then" in d:
                d = d["then"]
            return md
        schema_md = parse_schema(data)
        html_theme = "pydata_sphinx_theme"
        html_theme_options = {
            "github_url": "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/",
            "use_edit_page_button": True,
        }
        linkcheck_ignore = [
            r"(.*)github\\.com(.*)#",  # javascript based anchors
            "https://your-domain.com",  # example
        ]
        """);
    assertThat(read.get("project")).isEqualTo("Zero to JupyterHub with Kubernetes");
    assertThat(read.get("copyright")).isInstanceOf(PythonLiterals.NotLiteral.class);
    Map<?, ?> substitutions = (Map<?, ?>) read.get("myst_substitutions");
    assertThat(substitutions.get("helm_version")).isEqualTo("3.5");
    assertThat(substitutions.get("kube_version")).isEqualTo(new PythonLiterals.NotLiteral(9, 21, "chart[\"kubeVersion\"].split(\"-\", 1)[0][2:]"));
    assertThat(substitutions.get("requirements")).isInstanceOf(PythonLiterals.NotLiteral.class);
    assertThat(read.get("schema_md")).isInstanceOf(PythonLiterals.NotLiteral.class);
    assertThat(read.get("html_theme_options")).isEqualTo(Map.of("github_url", "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/", "use_edit_page_button", true));
    assertThat(read.get("linkcheck_ignore")).isEqualTo(List.of("(.*)github\\.com(.*)#", "https://your-domain.com"));
    assertThat(read).doesNotContainKeys("d", "chart");
  }
}
