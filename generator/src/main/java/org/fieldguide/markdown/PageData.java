package org.fieldguide.markdown;

import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * What the walker decided about a document, carried on the document itself (as its first child)
 * to the shared renderer, so no per-page state lives in the renderer or a thread-local.
 */
final class PageData extends CustomNode {
  final BodyInput.Labels labels;
  final Map<Node, String> headingIds = new IdentityHashMap<>();
  final Map<Node, Map<String, String>> attributes = new IdentityHashMap<>();
  /** Links whose URL was removed as unsafe: rendered as their text alone. */
  final Map<Node, Boolean> unsafe = new IdentityHashMap<>();
  /** Image → the number of its link, for the size placeholder. */
  final Map<Node, Integer> imageLinks = new IdentityHashMap<>();

  PageData(BodyInput.Labels labels) {
    this.labels = labels;
  }
}
