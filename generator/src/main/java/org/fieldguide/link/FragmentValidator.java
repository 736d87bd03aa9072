package org.fieldguide.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.model.PageId;
import org.fieldguide.yaml.Suggestions;

/**
 * Stage 5: checks every queued {@code #fragment} against the ids of the page it points to, in the
 * language the link resolved to. Runs after rendering, since ids exist only then.
 */
public final class FragmentValidator {

  public void validate(List<FragmentCheck> checks, Map<PageId, Set<String>> idsByPage, Diagnostics diagnostics) {
    for (FragmentCheck c : checks) {
      Set<String> ids = idsByPage.get(c.target());
      if (ids == null || ids.contains(c.fragment())) continue;
      String hint = Suggestions.didYouMean(c.fragment(), new ArrayList<>(ids));
      String where = c.written().startsWith("#") ? "this page" : c.targetFile();
      diagnostics.error(
          c.pos(),
          "anchor '#" + c.fragment() + "' not found in " + where
              + (hint.isEmpty() ? ". Link to a heading id of the page, or give the heading an explicit {#" + c.fragment() + "}." : hint));
    }
  }
}
