package org.fieldguide.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus admonitions ({@code :::tip[Title]} or {@code :::tip Title} … {@code :::}) as
 * fieldguide's ({@code !!! tip "Title"} with the body indented by four spaces). They nest when
 * the outer one has more colons; a closing line closes the innermost one it can. Kinds map as
 * {@link CalloutKinds} says (info is a note; important and caution keep their names).
 */
final class DocusaurusAdmonitions {
  private static final Pattern OPEN = Pattern.compile("^([ \\t]*)(:{3,})([A-Za-z][\\w-]*)(?:\\[(.*)]|\\{.*}|[ \\t]+(.*?))?[ \\t]*$");
  private static final Pattern CLOSE = Pattern.compile("^[ \\t]*(:{3,})[ \\t]*$");

  private DocusaurusAdmonitions() {}

  private record Open(int colons, int line, int column) {}

  static String convert(String body, Notes notes) {
    List<String> out = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    List<String> lines = List.of(body.split("\n", -1));
    boolean[] indentedCode = IndentedCode.of(lines);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String indent = " ".repeat(4 * open.size());
      if (indentedCode[i] || fences.isCode(line)) {
        out.add(line.isEmpty() ? "" : indent + line);
        continue;
      }
      Matcher close = CLOSE.matcher(line);
      if (close.matches() && !open.isEmpty() && close.group(1).length() >= open.peek().colons()) {
        open.pop();
        out.add("");
        continue;
      }
      Matcher m = OPEN.matcher(line);
      if (m.matches()) {
        String kind = CalloutKinds.nearest(m.group(3)).orElse(null);
        String note = "";
        if (kind == null) {
          kind = "note";
          note = notes.mark("admonition kind '" + m.group(3) + "' is not one fieldguide knows (note, tip, warning, danger); it is shown as a note. Pick the kind that fits.");
        }
        String title = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : "";
        out.add("");
        String head = indent + m.group(1);
        out.add(head + note + "!!! " + kind + (title.isBlank() ? "" : " \"" + title.strip().replace("\"", "'") + "\""));
        open.push(new Open(m.group(2).length(), out.size() - 1, head.length()));
        continue;
      }
      out.add(line.isBlank() ? "" : indent + line);
    }
    for (Open o : open) {
      String l = out.get(o.line());
      out.set(o.line(), l.substring(0, o.column())
          + notes.mark("this admonition is not closed by a ':::' line, so everything after it was put inside it. Close it where it ends.")
          + l.substring(o.column()));
    }
    return String.join("\n", out);
  }
}
