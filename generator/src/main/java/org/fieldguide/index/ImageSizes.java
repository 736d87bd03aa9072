package org.fieldguide.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the size of an image from its header only (PNG, JPEG, GIF, BMP through ImageIO; SVG from
 * its {@code width}/{@code height} or {@code viewBox}), so pages can reserve the space before the
 * image arrives. An unreadable image simply has no size.
 */
public final class ImageSizes {
  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER_ATTR = Pattern.compile("\\b(width|height)\\s*=\\s*[\"']\\s*([0-9.]+)(px)?\\s*[\"']");
  private static final Pattern VIEW_BOX = Pattern.compile("\\bviewBox\\s*=\\s*[\"']\\s*[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)[ ,]+([0-9.]+)\\s*[\"']");

  private ImageSizes() {}

  public static AssetFacts of(org.fieldguide.content.SourceFile file) {
    String name = file.contentPath().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".svg")) return svg(file);
      if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif") || name.endsWith(".bmp")) {
        return raster(file);
      }
    } catch (IOException | RuntimeException e) {
      // No size: the page still works, the image just does not reserve its space.
    }
    return new AssetFacts(file, 0, 0);
  }

  private static AssetFacts raster(org.fieldguide.content.SourceFile file) throws IOException {
    // Most images of a documentation site are PNG, whose size is in its first 29 bytes. Asking
    // ImageIO offers the file to every reader it has, each reading its start, then makes one:
    // 0.12 ms of CPU per image, a tenth of a second for the 900 images of a benchmark site, on
    // every build (cached or not). Where anything in those bytes is not as ImageIO's PNG reader
    // takes it, ImageIO is asked, so the size is always ImageIO's (ImageSizesTest compares them).
    byte[] head;
    try (InputStream in = Files.newInputStream(file.path())) {
      head = in.readNBytes(PNG_HEAD);
    }
    int[] png = pngSize(head);
    if (png != null) return new AssetFacts(file, png[0], png[1]);
    try (ImageInputStream in = ImageIO.createImageInputStream(file.path().toFile())) {
      if (in == null) return new AssetFacts(file, 0, 0);
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) return new AssetFacts(file, 0, 0);
      ImageReader r = readers.next();
      try {
        r.setInput(in, true, true);
        return new AssetFacts(file, r.getWidth(0), r.getHeight(0));
      } finally {
        r.dispose();
      }
    }
  }

  /** The PNG signature, the IHDR chunk's length and type, and its 13 bytes of data. */
  private static final int PNG_HEAD = 8 + 4 + 4 + 13;

  private static final byte[] PNG_SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

  /**
   * Width and height from the start of a PNG file, when it is one whose header ImageIO's PNG
   * reader accepts (the checks of its {@code readHeader}, in JDK 17 as in 25); else null. No
   * other reader of ImageIO takes a file that starts with the PNG signature.
   */
  static int[] pngSize(byte[] head) {
    if (head.length < PNG_HEAD) return null;
    for (int i = 0; i < PNG_SIGNATURE.length; i++) if (head[i] != PNG_SIGNATURE[i]) return null;
    if (bigEndian(head, 8) != 13 || bigEndian(head, 12) != 0x49484452) return null; // "IHDR"
    int width = bigEndian(head, 16);
    int height = bigEndian(head, 20);
    int bitDepth = head[24] & 0xff;
    int colorType = head[25] & 0xff;
    if (width <= 0 || height <= 0) return null;
    if (bitDepth != 1 && bitDepth != 2 && bitDepth != 4 && bitDepth != 8 && bitDepth != 16) return null;
    boolean depthFits = switch (colorType) {
      case 0 -> true; // grey: every depth
      case 3 -> bitDepth != 16; // palette
      case 2, 4, 6 -> bitDepth == 8 || bitDepth == 16; // RGB, grey and alpha, RGB and alpha
      default -> false;
    };
    if (!depthFits) return null;
    // Compression and filter method 0; interlacing none (0) or Adam7 (1).
    if (head[26] != 0 || head[27] != 0 || (head[28] != 0 && head[28] != 1)) return null;
    return new int[] {width, height};
  }

  private static int bigEndian(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  private static AssetFacts svg(org.fieldguide.content.SourceFile file) throws IOException {
    String head;
    try (InputStream in = Files.newInputStream(file.path())) {
      head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    }
    Matcher tag = SVG_TAG.matcher(head);
    if (!tag.find()) return new AssetFacts(file, 0, 0);
    String svg = tag.group();
    double w = 0;
    double h = 0;
    Matcher m = NUMBER_ATTR.matcher(svg);
    while (m.find()) {
      if (m.group(1).equals("width")) w = Double.parseDouble(m.group(2));
      else h = Double.parseDouble(m.group(2));
    }
    if (w <= 0 || h <= 0) {
      Matcher v = VIEW_BOX.matcher(svg);
      if (v.find()) {
        w = Double.parseDouble(v.group(1));
        h = Double.parseDouble(v.group(2));
      }
    }
    return new AssetFacts(file, (int) Math.round(w), (int) Math.round(h));
  }

}
