package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.junit.jupiter.api.Test;

class PlainInlinesTest {
  private static final Parser LIBRARY = MarkdownEngine.parser(InlineParserImpl::new);
  private static final Parser OURS = MarkdownEngine.parser(new PlainInlines());

  @Test
  void givesMeaningToTheCharactersTheLibrarysParserDoesWithThePagesExtensions() throws ReflectiveOperationException {
    AtomicReference<InlineParserContext> context = new AtomicReference<>();
    MarkdownEngine.parser(c -> {
      context.set(c);
      return new InlineParserImpl(c);
    }).parse("x");
    Field field = InlineParserImpl.class.getDeclaredField("specialCharacters");
    field.setAccessible(true);
    BitSet library = (BitSet) field.get(new InlineParserImpl(context.get()));
    boolean[] ours = PlainInlines.special(context.get());
    BitSet asBits = new BitSet();
    for (int c = 0; c < ours.length; c++) if (ours[c]) asBits.set(c);
    // NUL is ours alone: the library's scanner takes it for the end of the text.
    library.set(0);
    assertThat(asBits).isEqualTo(library);
    // An extension's own: strikethrough's ~.
    assertThat(ours['~']).isTrue();
  }

  @Test
  void whatTheShortcutTakesIsNeverHandedToTheParserAndALoneSpecialCharacterIs() {
    AtomicInteger handed = new AtomicInteger();
    InlineParser counting = (lines, block) -> handed.incrementAndGet();
    boolean[] special = new boolean[128];
    for (char c : PlainInlines.CORE.toCharArray()) special[c] = true;
    PlainInlines.Shortcut shortcut = new PlainInlines.Shortcut(() -> counting, special);
    shortcut.parse(lines("Restart the exporter, then wait a minute.", "Ça marche : 10 % — 中文 🙂"), new Paragraph());
    // What the shortcut takes besides plain text: simple links, code spans closed on their line, empty task boxes.
    shortcut.parse(lines("[ ] See [the disk guide](../disk/#swap), run `systemctl restart ndt` and ``a`b``."), new Paragraph());
    assertThat(handed).hasValue(0);
    for (char c : PlainInlines.CORE.toCharArray()) {
      shortcut.parse(lines("plain", "then " + c + " here"), new Paragraph());
    }
    assertThat(handed).hasValue(PlainInlines.CORE.length());
  }

  @Test
  void makesWhatTheParserMakesForTheSpecificationsExamples() throws IOException {
    for (String resource : List.of("/spec/commonmark-0.31.2.txt", "/spec/gfm-extensions.txt")) {
      for (String example : examples(resource)) assertSameTree(example);
    }
  }

  @Test
  void makesWhatTheParserMakesForThisRepositorysPages() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(Path.of("..", "content"))) {
      pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(100);
    for (Path page : pages) assertSameTree(Files.readString(page));
  }

  /**
   * Generated pages of plain lines with the edges of the text rule (spaces and tabs at line ends,
   * hard breaks, lines of spaces in table cells, tabs inside lines and after block markers, which
   * the block parser may leave partly consumed, letters beyond ASCII, a line that looks like a list
   * item) in paragraphs, headings, lists, quotes, tables and admonitions, some with a special
   * character somewhere, many with links of the kind the shortcut takes and of kinds it leaves to
   * the parser (a title, parentheses, a space or a control character in the destination, a
   * reference, an image, a footnote, nested brackets), some with reference definitions.
   */
  @Test
  void makesWhatTheParserMakesForGeneratedPages() {
    Random random = new Random(20261205);
    String[] words = {"\t", "disk", "Restart", "the", "exporter", "año", "été", "中文", "🙂", "10", "%", "-", "+", "1.", "2)", ":", "a.b", "(x)", "\"q\"", "'s", "|", "#", "{.x}", "www", "@"};
    String[] ends = {"", " ", "  ", "   ", "\t", " \t", "\t ", "\\"};
    String[] starts = {"", "", "", "# ", "## ", "- ", "* ", "1. ", "> ", "    ", "  ", "!!! note\n    ", "| a | b |\n|---|---|\n| ", "- [ ] ",
        "- [ ] ", "[ ] ", "- [x] ", "\t", ">\t", "-\t", "1.\t", " \t", "- a\n\t"};
    String specials = "[]!*_\\`&<~^";
    String[] links = {"[runbook](restart.md)", "[the disk](../hardware/disk/#swap)", "[x](https://example.org/a?b=c#d)", "[ spaced ](a.md)",
        "[é](é.md)", "[a](b(c))", "[a](b c)", "[a]()", "[](a.md)", "[^1](a.md)", "[a](<b>)", "[a](b \"t\")", "[a] (b)", "[a][b]", "[a]",
        "[a](b)[c](d)", "[a](b\u0085c)", "[a](b\u00a0c)", "[[a](b)](c)", "[a](b)x", "![a](b)", "[a](b", "a](b)", "[ ] ", "[ ]", "[ ](a.md)", "[  ](a.md)", "[\t](a.md)", "[ a](b.md)", "[ ][a]", "[ ][]", "[ ]x", "[  ] ", "[x] ", "[ ]] ", "[[ ] ",
        "[ ] [b](c)", "`code`", "`` a`b ``", "` a `", "`  `", "` \t `", "`a``", "``a`", "`[x](y)`", "`<b>`", "[a](b)`c`", "`a` [b](c) `d`",
        "`*x*`", "``", "` `` `", "`a\\`", "x `", "[`a`](b)", "<`a`>", "`a`  ", "`a`\t"};
    for (int page = 0; page < 5000; page++) {
      StringBuilder md = new StringBuilder();
      int blocks = 1 + random.nextInt(4);
      for (int b = 0; b < blocks; b++) {
        md.append(starts[random.nextInt(starts.length)]);
        int lines = 1 + random.nextInt(4);
        for (int l = 0; l < lines; l++) {
          int n = 1 + random.nextInt(8);
          for (int w = 0; w < n; w++) {
            if (w > 0) md.append(random.nextInt(10) == 0 ? "  " : " ");
            md.append(words[random.nextInt(words.length)]);
          }
          if (random.nextInt(12) == 0) md.append(' ').append(specials.charAt(random.nextInt(specials.length())));
          if (random.nextInt(3) == 0) md.append(random.nextBoolean() ? " " : "").append(links[random.nextInt(links.length)]);
          md.append(ends[random.nextInt(ends.length)]);
          if (l < lines - 1) md.append('\n');
        }
        md.append(random.nextBoolean() ? "\n\n" : "\n");
      }
      if (random.nextInt(10) == 0) md.append("\n[a]: /defined\n[runbook]: /also\n");
      assertSameTree(md.toString());
    }
  }

  private static void assertSameTree(String markdown) {
    assertThat(tree(OURS.parse(markdown))).as(markdown).isEqualTo(tree(LIBRARY.parse(markdown)));
  }

  /** Every node in document order: its depth, type, text and source positions. */
  private static String tree(Node root) {
    StringBuilder out = new StringBuilder();
    write(root, 0, out);
    return out.toString();
  }

  private static void write(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
    if (node instanceof Text t) out.append(" '").append(t.getLiteral()).append('\'');
    if (node instanceof Code c) out.append(" '").append(c.getLiteral()).append('\'');
    if (node instanceof HtmlInline h) out.append(" '").append(h.getLiteral()).append('\'');
    if (node instanceof Link l) out.append(" -> '").append(l.getDestination()).append("' title ").append(l.getTitle());
    for (SourceSpan s : node.getSourceSpans()) {
      out.append(" @").append(s.getLineIndex()).append(':').append(s.getColumnIndex()).append('+').append(s.getInputIndex()).append('/').append(s.getLength());
    }
    out.append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) write(child, depth + 1, out);
  }

  private static SourceLines lines(String... texts) {
    SourceLines lines = SourceLines.empty();
    int input = 0;
    for (int i = 0; i < texts.length; i++) {
      lines.addLine(SourceLine.of(texts[i], SourceSpan.of(i, 0, input, texts[i].length())));
      input += texts[i].length() + 1;
    }
    return lines;
  }

  private static final Pattern EXAMPLE = Pattern.compile("^`{32} example[^\\n]*\\n([\\s\\S]*?)^\\.\\n", Pattern.MULTILINE);

  /** The Markdown of each example (the specification shows tabs as →). */
  private static List<String> examples(String resource) throws IOException {
    String text;
    try (InputStream in = PlainInlinesTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> out = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(text);
    while (m.find()) out.add(m.group(1).replace('→', '\t'));
    assertThat(out).hasSizeGreaterThan(25);
    return out;
  }
}
