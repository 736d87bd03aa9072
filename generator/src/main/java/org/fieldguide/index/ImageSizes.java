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
