package org.fieldguide.serve;

import java.nio.charset.StandardCharsets;
import org.fieldguide.html.FragmentSanitizer;

/**
 * Adds the live-reload script and the overlay's stylesheet to the HTML pages the server sends,
 * never to the files of the build. Both are external files (no inline script or style), so a
 * page's Content-Security-Policy that allows only its own origin allows them too.
 */
final class PageInjector {
  private PageInjector() {}

  /** The tags for a page of generation {@code generation}, under the site's base path. */
  static String tags(String basePath, LiveReload.State state) {
    String dir = FragmentSanitizer.escapeAttribute(basePath + DevServer.INTERNAL);
    return "<link rel=\"stylesheet\" href=\"" + dir + "live.css\">"
        + "<script src=\"" + dir + "live.js\" defer data-events=\"" + dir + "events\" data-server=\"" + FragmentSanitizer.escapeAttribute(state.server())
        + "\" data-generation=\"" + state.generation() + "\"></script>";
  }

  /** {@code html} with {@code tags} before {@code </head>} (or {@code </body>}, or at the end). */
  static byte[] inject(byte[] html, String tags) {
    String page = new String(html, StandardCharsets.UTF_8);
    int at = indexOfIgnoreCase(page, "</head>");
    if (at < 0) at = indexOfIgnoreCase(page, "</body>");
    if (at < 0) at = page.length();
    return (page.substring(0, at) + tags + page.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOfIgnoreCase(String text, String tag) {
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      if (text.regionMatches(true, i, tag, 0, tag.length())) return i;
    }
    return -1;
  }
}
