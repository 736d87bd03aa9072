package org.fieldguide.model;

import java.nio.file.Path;

/**
 * A non-Markdown file under {@code content/}, published once at its content path (shared by all
 * languages, so a photo is downloaded and cached once).
 */
public record Asset(Path path, String contentPath, String displayPath) {}
