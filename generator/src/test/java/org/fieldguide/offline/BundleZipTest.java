package org.fieldguide.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundles' zip format, read back by the JDK's two zip readers, and copies of runs of entries. */
class BundleZipTest {
  @TempDir Path dir;

  private static final Map<String, String> FILES = files("top/index.html", "<p>top</p>", "top/en/a/index.html", "<p>a</p>",
      "top/en/b/index.html", "<p>b</p>", "top/en/é/index.html", "<p>é</p>", "top/static/site.css", "body { margin: 0 }");

  @Test
  void theJdksReadersReadWhatIsWritten() throws IOException {
    Path zip = write(dir.resolve("a.zip"), FILES);
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      assertThat(file.getComment()).isEqualTo(BundleZip.COMMENT);
      assertThat(Collections.list(file.entries()).stream().map(ZipEntry::getName)).containsExactlyElementsOf(FILES.keySet());
      for (Map.Entry<String, String> f : FILES.entrySet()) {
        ZipEntry e = file.getEntry(f.getKey());
        assertThat(new String(file.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(f.getValue());
        // DOS times are local: the JDK reads them back in the machine's zone.
        assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
      }
    }
    Map<String, String> streamed = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) streamed.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(streamed).containsExactlyEntriesOf(FILES);
  }

  @Test
  void entriesCopiedInRunsFromTheLastBundleGiveTheBytesOfABundleWrittenAnew() throws IOException {
    Path last = write(dir.resolve("last.zip"), FILES);
    Map<String, String> next = new LinkedHashMap<>(FILES);
    next.put("top/en/b/index.html", "<p>b, edited</p>");
    Path fresh = write(dir.resolve("fresh.zip"), next);

    ByteArrayOutputStream copied = new ByteArrayOutputStream();
    try (BundleZip.Previous previous = BundleZip.Previous.open(last).orElseThrow()) {
      BundleZip.Writer zip = new BundleZip.Writer(copied);
      List<BundleZip.Entry> run = new ArrayList<>();
      for (String name : List.of("top/index.html", "top/en/a/index.html")) run.add(previous.entry(name).orElseThrow());
      assertThat(previous.follows(run.get(0), run.get(1))).isTrue();
      zip.copy(previous, run);
      add(zip, "top/en/b/index.html", next.get("top/en/b/index.html"));
      BundleZip.Entry e = previous.entry("top/en/é/index.html").orElseThrow();
      BundleZip.Entry css = previous.entry("top/static/site.css").orElseThrow();
      assertThat(previous.follows(previous.entry("top/en/a/index.html").orElseThrow(), e)).isFalse();
      zip.copy(previous, List.of(e, css));
      assertThat(zip.finish()).isEqualTo(copied.size());
    }
    assertThat(copied.toByteArray()).isEqualTo(Files.readAllBytes(fresh));
  }

  @Test
  void aBundleOf65535EntriesOrMoreHasZip64RecordsAndIsReadAndCopied() throws IOException {
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i < 70_000; i++) many.put(String.format("top/p%05d.html", i), i % 1000 == 0 ? "page " + i : "");
    Path zip = write(dir.resolve("many.zip"), many);
    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertThat(file.size()).isEqualTo(70_000);
      assertThat(new String(file.getInputStream(file.getEntry("top/p69000.html")).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("page 69000");
    }
    ByteArrayOutputStream copied = new ByteArrayOutputStream();
    try (BundleZip.Previous previous = BundleZip.Previous.open(zip).orElseThrow()) {
      BundleZip.Writer w = new BundleZip.Writer(copied);
      List<BundleZip.Entry> all = new ArrayList<>();
      for (String name : many.keySet()) all.add(previous.entry(name).orElseThrow());
      w.copy(previous, all);
      w.finish();
    }
    assertThat(copied.toByteArray()).isEqualTo(Files.readAllBytes(zip));
  }

  @Test
  void aZipNotWrittenHereIsNotCopiedFrom() throws IOException {
    Path other = dir.resolve("other.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(other))) {
      out.putNextEntry(new ZipEntry("top/index.html"));
      out.write("x".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThat(BundleZip.Previous.open(other)).isEmpty();
    Path cut = dir.resolve("cut.zip");
    byte[] whole = Files.readAllBytes(write(dir.resolve("whole.zip"), FILES));
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 3));
    assertThat(BundleZip.Previous.open(cut)).isEmpty();
    assertThat(BundleZip.Previous.open(dir.resolve("missing.zip"))).isEmpty();
  }

  private static Path write(Path file, Map<String, String> files) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      BundleZip.Writer zip = new BundleZip.Writer(out);
      for (Map.Entry<String, String> f : files.entrySet()) add(zip, f.getKey(), f.getValue());
      zip.finish();
    }
    return file;
  }

  private static void add(BundleZip.Writer zip, String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(9, true);
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    // In two parts, as the offline writer gives them: the bundle's folder, the file's path.
    int slash = name.indexOf('/') + 1;
    zip.add(name.substring(0, slash), name.substring(slash), crc.getValue(), bytes.length, out.toByteArray());
  }

  private static Map<String, String> files(String... pathsAndTexts) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) m.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    return m;
  }
}
