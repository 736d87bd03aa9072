package org.fieldguide.link.external;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.fieldguide.diagnostic.IoReason;

/**
 * Results of earlier external link checks, kept in a JSON file so a run re-checks only what is
 * stale. Thread-safe. Which results are still fresh is the checker's decision ({@link
 * ExternalLinkPolicy#okTtl()}, {@link ExternalLinkPolicy#failureTtl()}).
 *
 * <p>The file maps each address (without fragment) to {@code {status, finalUrl, checkedAt,
 * error}} plus {@code permanentRedirect} and {@code fragments} when they apply, under {@code
 * {"version": 1, "links": {…}}}. It is written with sorted keys, so the same results give the same
 * bytes, and atomically (a temporary file moved over the old one), so an interrupted run never
 * leaves half a file. A missing, unreadable or corrupt file reads as an empty cache, and {@link
 * #problem()} says why: online, the cache only saves time and the next save repairs it; offline
 * it is all there is, so the checker reports it.
 */
public final class LinkCache {
  /** Where a site keeps the cache, relative to the site folder. */
  public static final Path DEFAULT_FILE = Path.of(".fieldguide-cache", "external-links.json");

  private static final int VERSION = 1;
  private final ObjectMapper json = new ObjectMapper();
  private final Path file;
  private final ConcurrentHashMap<String, LinkStatus> entries = new ConcurrentHashMap<>();
  private volatile boolean changed;
  private String problem;
  private boolean missing;

  private LinkCache(Path file) {
    this.file = file;
  }

  /** The cache stored in {@code file}; empty when the file is missing, unreadable or corrupt. */
  public static LinkCache load(Path file) {
    LinkCache cache = new LinkCache(file);
    if (!Files.exists(file)) {
      cache.missing = true;
      return cache;
    }
    try {
      cache.read(cache.json.readTree(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (JsonProcessingException e) {
      cache.entries.clear();
      JsonLocation at = e.getLocation();
      cache.problem = "it is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    } catch (IOException e) {
      cache.entries.clear();
      cache.problem = IoReason.of(e);
    } catch (RuntimeException e) {
      cache.entries.clear();
      cache.problem = "it is damaged (" + e.getClass().getSimpleName() + ")";
    }
    return cache;
  }

  /** Why the file could not be used, when it exists but gave no results: unreadable, corrupt, another format. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Whether there was no file to load (a first run, or a CI job without the cache restored). */
  public boolean isMissing() {
    return missing;
  }

  /** A cache that lives for this process only; {@link #save()} does nothing. */
  public static LinkCache inMemory() {
    return new LinkCache(null);
  }

  /** The file this cache is saved to, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Number of addresses with a stored result. */
  public int size() {
    return entries.size();
  }

  /**
   * Writes the cache to its file if anything changed since it was loaded or last saved, creating
   * the folder if needed.
   */
  public void save() throws IOException {
    if (file == null || !changed) return;
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(tmp, render(), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      changed = false;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  Optional<LinkStatus> get(String url) {
    return Optional.ofNullable(entries.get(url));
  }

  void put(String url, LinkStatus status) {
    entries.put(url, status);
    changed = true;
  }

  /** Forgets every result {@code stale} accepts. */
  void removeIf(Predicate<LinkStatus> stale) {
    if (entries.values().removeIf(stale)) changed = true;
  }

  /** The file's text: sorted by address, two-space indent, LF line ends, final newline. */
  String render() throws JsonProcessingException {
    ObjectNode root = json.createObjectNode();
    root.put("version", VERSION);
    ObjectNode links = root.putObject("links");
    for (Map.Entry<String, LinkStatus> e : new TreeMap<>(entries).entrySet()) {
      LinkStatus s = e.getValue();
      ObjectNode n = links.putObject(e.getKey());
      n.put("status", s.status());
      n.put("finalUrl", s.finalUrl());
      n.put("checkedAt", s.checkedAt().toString());
      n.put("error", s.error());
      if (s.permanentRedirect()) n.put("permanentRedirect", true);
      if (s.timedOut()) n.put("timedOut", true);
      if (!s.fragments().isEmpty()) {
        ObjectNode f = n.putObject("fragments");
        s.fragments().forEach(f::put);
      }
    }
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return json.writer(printer).writeValueAsString(root) + "\n";
  }

  private void read(JsonNode root) {
    if (root.path("version").asInt() != VERSION) {
      problem = "it is not in the format this fieldguide writes (version " + VERSION + ")";
      return;
    }
    for (Map.Entry<String, JsonNode> e : root.path("links").properties()) {
      JsonNode n = e.getValue();
      try {
        SortedMap<String, Boolean> fragments = new TreeMap<>();
        n.path("fragments").properties().forEach(f -> fragments.put(f.getKey(), f.getValue().asBoolean()));
        LinkStatus s = new LinkStatus(
            n.path("status").asInt(), text(n, "finalUrl"), n.path("permanentRedirect").asBoolean(false),
            text(n, "error"), fragments, Instant.parse(n.path("checkedAt").asText()), n.path("timedOut").asBoolean(false));
        if (s.status() == 0 && s.error() == null) continue; // neither a response nor a reason: unusable
        entries.put(e.getKey(), s);
      } catch (DateTimeParseException ignored) {
        // One damaged entry costs one request, not the whole cache.
      }
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
