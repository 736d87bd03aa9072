package org.fieldguide.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlNode.ScalarKind;

/**
 * Reads YAML with Jackson's streaming parser into {@link YamlNode}s that keep positions.
 *
 * <p>Jackson's tree model forgets where values were written and silently keeps the last of two
 * duplicate keys; writers need both reported at the right line, so the tree is built here.
 * Thread-safe: the factory is shared, each call gets its own parser.
 */
public final class YamlReader {
  private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");
  private final YAMLFactory factory = YAMLFactory.builder().build();

  /**
   * Parses {@code text}, reporting positions in {@code file} shifted by {@code lineOffset} lines
   * (the front matter of a page starts on line 2 of its file).
   */
  public YamlNode read(String text, String file, int lineOffset) throws YamlException {
    // Most front matter is read without the libraries, with the same result (see SimpleYaml).
    YamlNode simple = SimpleYaml.read(text, file, lineOffset);
    return simple != null ? simple : withLibraries(text, file, lineOffset);
  }

  /** {@link #read} by Jackson and SnakeYAML alone, whatever the text. */
  YamlNode withLibraries(String text, String file, int lineOffset) throws YamlException {
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new YamlNode.Mapping(new SourcePos(file, lineOffset + 1, 1), List.of());
      }
      return new Reading(text, file, lineOffset).value(p);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 1 : loc.getLineNr() + lineOffset;
      int col = loc == null ? 1 : loc.getColumnNr();
      // SnakeYAML's own mark of the problem (the last one it names) is more precise than
      // Jackson's location, which can point at the end of the previous token.
      java.util.regex.Matcher mark = MARK.matcher(String.valueOf(e.getOriginalMessage()));
      while (mark.find()) {
        line = Integer.parseInt(mark.group(1)) + lineOffset;
        col = Integer.parseInt(mark.group(2));
      }
      throw new YamlException(
          Diagnostic.error(
              new SourcePos(file, line, Math.max(col, 1)),
              "invalid YAML: "
                  + cleanMessage(e.getOriginalMessage())
                  + ". Check indentation, and put values that contain ': ' or start with"
                  + " [ { * & ! | > ' \" % @ ` in quotes."));
    } catch (IOException e) {
      throw new YamlException(
          Diagnostic.error(SourcePos.file(file), "cannot read YAML: " + e.getMessage()));
    }
  }

  /** One text being read: what positions and anchor checks need. */
  private static final class Reading {
    private final String text;
    private final String file;
    private final int lineOffset;
    private final int[] lineStarts;

    Reading(String text, String file, int lineOffset) {
      this.text = text;
      this.file = file;
      this.lineOffset = lineOffset;
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
      this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    YamlNode value(JsonParser p) throws IOException, YamlException {
      JsonToken t = p.currentToken();
      rejectAnchorOrAlias(p);
      SourcePos pos = pos(p.currentTokenLocation(), file, lineOffset);
      switch (t) {
        case START_OBJECT -> {
          List<YamlNode.Entry> entries = new ArrayList<>();
          Map<String, SourcePos> seen = new HashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            rejectAnchorOrAlias(p);
            SourcePos keyPos = pos(p.currentTokenLocation(), file, lineOffset);
            SourcePos earlier = seen.putIfAbsent(key, keyPos);
            if (earlier != null) {
              throw new YamlException(
                  Diagnostic.error(
                      keyPos,
                      "duplicate key '"
                          + key
                          + "' (first set on line "
                          + earlier.line()
                          + "). Keep one of the two."));
            }
            p.nextToken();
            entries.add(new YamlNode.Entry(key, keyPos, value(p)));
          }
          return new YamlNode.Mapping(pos, List.copyOf(entries));
        }
        case START_ARRAY -> {
          List<YamlNode> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(p));
          }
          return new YamlNode.Sequence(pos, List.copyOf(items));
        }
        case VALUE_STRING -> {
          return new YamlNode.Scalar(pos, p.getText(), ScalarKind.STRING);
        }
        case VALUE_NUMBER_INT -> {
          return new YamlNode.Scalar(pos, p.getText(), ScalarKind.INTEGER);
        }
        case VALUE_NUMBER_FLOAT -> {
          return new YamlNode.Scalar(pos, p.getText(), ScalarKind.DECIMAL);
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          return new YamlNode.Scalar(pos, p.getText(), ScalarKind.BOOLEAN);
        }
        case VALUE_NULL -> {
          return new YamlNode.Scalar(pos, "", ScalarKind.NULL);
        }
        default -> {
          return new YamlNode.Scalar(pos, p.getText(), ScalarKind.STRING);
        }
      }
    }

    /**
     * Anchors ({@code &name}) and aliases ({@code *name}) are refused: writers never need them,
     * and they are how a few lines of YAML expand into an enormous document. Jackson reads an
     * alias as the text of its name and drops anchors on scalars, so the source at the token is
     * looked at: a node starts with its properties (tag and anchor), and a plain value never
     * starts with {@code &} or {@code *}.
     */
    private void rejectAnchorOrAlias(JsonParser p) throws YamlException {
      JsonLocation loc = p.currentTokenLocation();
      int line = loc.getLineNr();
      if (line < 1 || line > lineStarts.length) return;
      int at = lineStarts[line - 1] + Math.max(0, loc.getColumnNr() - 1);
      while (at < text.length() && text.charAt(at) == '!') {
        // a tag such as !!str comes before or after the anchor
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) at++;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) at++;
      }
      boolean alias = p instanceof YAMLParser y && y.isCurrentAlias();
      char c = at < text.length() ? text.charAt(at) : ' ';
      if (!alias && c != '&' && c != '*') return;
      int end = at + 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",[]{}".indexOf(text.charAt(end)) < 0) end++;
      String name = at < text.length() ? text.substring(at, end) : "*" + safeText(p);
      SourcePos pos = new SourcePos(file, line + lineOffset, at - lineStarts[line - 1] + 1);
      throw new YamlException(Diagnostic.error(pos, name.startsWith("&")
          ? "YAML anchors such as '" + name + "' are not allowed. Remove the anchor and write the value out in full wherever it"
              + " is needed; for text that starts with & or *, put it in quotes."
          : "YAML aliases such as '" + name + "' are not allowed. Write the value out in full; for text that starts with * or &,"
              + " put it in quotes."));
    }

    private static String safeText(JsonParser p) {
      try {
        return p.getText();
      } catch (IOException e) {
        return "";
      }
    }
  }

  private static SourcePos pos(JsonLocation loc, String file, int lineOffset) {
    return new SourcePos(file, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()));
  }

  /**
   * SnakeYAML messages span several lines: what it was doing, what it found, where, and a source
   * excerpt. Keep the sentences, drop the position lines and the excerpt (the position is ours).
   */
  private static String cleanMessage(String m) {
    if (m == null) return "unreadable";
    List<String> sentences = new ArrayList<>();
    for (String line : m.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || line.startsWith(" ") || l.startsWith("in 'reader'") || l.startsWith("^")) continue;
      if (l.endsWith(";") || l.endsWith(".")) l = l.substring(0, l.length() - 1);
      sentences.add(l);
    }
    return sentences.isEmpty() ? "unreadable" : String.join(": ", sentences);
  }
}
