package org.fieldguide.search;

import java.util.List;
import java.util.Optional;

/**
 * The pages of one language in address order, made one at a time when asked for, so the text of
 * a large site is never all in memory at once. The index asks for each page's outline, then for
 * the whole page.
 */
public interface SearchDocuments {
  int size();

  /**
   * The page at {@code index} without its text, code terms and headings, a short identity of
   * those, the length of its text in any fixed measure (it only weighs matches against the
   * average) and that of its headings: enough to give the index its version, and to skip the
   * text and the headings when the index is not to be made.
   */
  Outline outline(int index);

  /**
   * @param document the page with an empty text, no code terms and no headings
   * @param textIdentity equal for equal text, code terms and headings (such as a digest of what
   *     they are made of)
   * @param headingsLength the length of the page's headings joined by line ends, as {@link
   *     String#length}
   */
  record Outline(SearchDocument document, String textIdentity, int textLength, int headingsLength) {}

  /**
   * What the pages' outlines are made of, when it is known without making them: a rebuild then
   * makes the outlines of the pages whose stamps changed, and takes every other page's from the
   * {@link IndexState} of the last build. Empty (the default) when not known.
   */
  default Optional<Stamps> stamps() {
    return Optional.empty();
  }

  /**
   * Stands for the pages' outlines: under the same {@link #shared} key, a page at the same address
   * with the same stamp has the outline it had (its document without its text, its text identity,
   * and its lengths).
   */
  interface Stamps {
    /** What every page's outline depends on besides the page itself (the site's shape, titles and settings). */
    String shared();

    /** The address of the page at {@code index}, as its document has it. */
    String url(int index);

    /** What stands for the page at {@code index} itself (such as a digest of its source file). */
    String of(int index);
  }

  /**
   * The page at {@code index} (in address order); asked for more than once, it gives equal
   * documents. Pages are asked for from several threads at once.
   */
  SearchDocument get(int index);

  /**
   * The page at {@code index} as its {@link Outline} has it (no text, code terms or headings),
   * made without reading its text: for a page whose terms the {@link TermCache} has under its
   * text identity. Pages are asked for from several threads at once.
   */
  default SearchDocument light(int index) {
    return outline(index).document();
  }

  /**
   * What {@code d}'s text, code terms and headings are, as one string: a {@link
   * Outline#textIdentity} for pages with no shorter one (it is then as long as the text, and no
   * {@link TermCache} keeps it).
   */
  static String textIdentity(SearchDocument d) {
    return d.text() + "\u0000" + String.join("\n", d.codeTerms()) + "\u0000" + String.join("\n", d.headings());
  }

  /** {@code d} with an empty text, no code terms and no headings, for its {@link Outline}. */
  static SearchDocument withoutText(SearchDocument d) {
    return new SearchDocument(d.language(), d.url(), d.title(), d.section(), d.type(), d.summary(), List.of(), "", d.tags(), List.of(),
        d.fallback(), d.contentLanguage());
  }

  /** Documents already in memory, in address order. */
  static SearchDocuments of(List<SearchDocument> sorted) {
    List<SearchDocument> copy = List.copyOf(sorted);
    return new SearchDocuments() {
      @Override
      public int size() {
        return copy.size();
      }

      @Override
      public SearchDocument get(int index) {
        return copy.get(index);
      }

      @Override
      public Outline outline(int index) {
        SearchDocument d = copy.get(index);
        return new Outline(withoutText(d), textIdentity(d), d.text().length(), String.join("\n", d.headings()).length());
      }
    };
  }
}
