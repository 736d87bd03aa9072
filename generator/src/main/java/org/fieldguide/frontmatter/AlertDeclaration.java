package org.fieldguide.frontmatter;

import java.util.Optional;
import org.fieldguide.diagnostic.SourcePos;

/**
 * A Prometheus alert a runbook answers, from its {@code alerts:} front matter: {@code - NodeDown}
 * or {@code - {alert: DiskFailing, anchor: replace-the-disk}}.
 *
 * @param pos where the alert's name is written
 * @param anchor the heading id the alert's {@code runbook_url} points at, without {@code #}
 * @param anchorPos where the anchor is written; the name's position when there is none
 */
public record AlertDeclaration(String alert, SourcePos pos, Optional<String> anchor, SourcePos anchorPos) {}
