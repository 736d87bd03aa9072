package org.fieldguide.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.fieldguide.frontmatter.FrontMatterSplitter;
import org.fieldguide.frontmatter.Split;

/**
 * Digests of a source file's content, to tell a real change from a save that wrote the same
 * bytes, and a page's body from its front matter. 64 bits of SHA-256 each: a collision between
 * two versions of one file is not a concern.
 *
 * @param content the whole file
 * @param frontMatter the front matter of a page (the whole file when it has none); 0 for other files
 * @param body the body of a page; 0 for other files and pages without front matter
 */
record Fingerprint(long content, long frontMatter, long body) {

  static Fingerprint of(Path file, SourceRole role) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long content = digest(bytes);
    if (role != SourceRole.PAGE) return new Fingerprint(content, 0, 0);
    String text = FrontMatterSplitter.normalise(new String(bytes, StandardCharsets.UTF_8));
    return new FrontMatterSplitter().split(text, file.toString()).split()
        .map((Split s) -> new Fingerprint(content, digest(s.yaml()), digest(s.body())))
        .orElse(new Fingerprint(content, content, 0));
  }

  boolean sameFrontMatter(Fingerprint other) {
    return frontMatter == other.frontMatter;
  }

  private static long digest(String text) {
    return digest(text.getBytes(StandardCharsets.UTF_8));
  }

  private static long digest(byte[] bytes) {
    try {
      return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes)).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
