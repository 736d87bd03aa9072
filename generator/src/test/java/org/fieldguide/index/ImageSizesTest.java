package org.fieldguide.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image sizes as ImageIO reads them, whether {@link ImageSizes} reads a PNG header itself or asks
 * ImageIO: every image here, valid or damaged, is measured both ways.
 */
class ImageSizesTest {
  @TempDir Path dir;

  /** What ImageIO makes of the file: the first reader that takes it, its first image's size; 0 x 0 when it fails. */
  private static int[] imageIo(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) return new int[] {0, 0};
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) return new int[] {0, 0};
      ImageReader r = readers.next();
      try {
        r.setInput(in, true, true);
        return new int[] {r.getWidth(0), r.getHeight(0)};
      } finally {
        r.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return new int[] {0, 0};
    }
  }

  private int[] measured(Path file) {
    AssetFacts facts = ImageSizes.of(new SourceFile(dir, dir.relativize(file).toString(), SourceKind.ASSET, "", "en"));
    return new int[] {facts.width(), facts.height()};
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no writer for " + format);
    return out.toByteArray();
  }

  /** PNG files of every kind ImageIO writes (grey 1-16 bits, palette, RGB, RGBA), in several sizes. */
  private static List<byte[]> pngs() throws IOException {
    int[] types = {
      BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY,
      BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR
    };
    int[][] sizes = {{1, 1}, {3, 700}, {640, 2}, {257, 255}};
    List<byte[]> out = new ArrayList<>();
    for (int type : types) for (int[] wh : sizes) out.add(encode(new BufferedImage(wh[0], wh[1], type), "png"));
    return out;
  }

  @Test
  void everyPngImageIoWritesIsMeasuredFromItsHeaderAsImageIoMeasuresIt() throws IOException {
    int n = 0;
    for (byte[] png : pngs()) {
      Path file = Files.write(dir.resolve("image-" + n++ + ".png"), png);
      int[] expected = imageIo(file);
      assertTrue(expected[0] > 0 && expected[1] > 0, "ImageIO reads the PNG it wrote");
      // The header is read without ImageIO: a shortcut that always declined would pass the comparison alone.
      assertNotNull(ImageSizes.pngSize(Arrays.copyOf(png, 29)), "header read directly");
      assertArrayEquals(expected, ImageSizes.pngSize(Arrays.copyOf(png, 29)));
      assertArrayEquals(expected, measured(file));
    }
  }

  /**
   * Every byte of the header changed to values around the limits of each field (signature,
   * chunk length and type, width, height, depth, colour type, methods), and every length the
   * file may be cut to: the size is ImageIO's in each case, a damaged header giving none.
   */
  @Test
  void damagedAndCutHeadersGiveImageIosAnswer() throws IOException {
    List<byte[]> originals = List.of(
        encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB), "png"),
        encode(new BufferedImage(17, 5, BufferedImage.TYPE_BYTE_BINARY), "png"),
        encode(new BufferedImage(9, 9, BufferedImage.TYPE_USHORT_GRAY), "png"));
    int[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 0x7f, 0x80, 0xff};
    int n = 0;
    int direct = 0;
    int declined = 0;
    for (byte[] original : originals) {
      for (int at = 0; at < 29; at++) {
        for (int v : values) {
          byte[] damaged = original.clone();
          damaged[at] = (byte) v;
          Path file = Files.write(dir.resolve("damaged-" + n++ + ".png"), damaged);
          assertArrayEquals(imageIo(file), measured(file), "byte " + at + " = " + v);
          if (ImageSizes.pngSize(Arrays.copyOf(damaged, 29)) != null) direct++;
          else declined++;
        }
      }
      for (int length = 0; length <= 40; length++) {
        Path file = Files.write(dir.resolve("cut-" + n++ + ".png"), Arrays.copyOf(original, length));
        assertArrayEquals(imageIo(file), measured(file), "cut to " + length + " bytes");
      }
    }
    // Both ways were taken: damage in a width is still a header ImageIO reads; in a depth, not.
    assertTrue(direct > 0 && declined > 0, direct + " read directly, " + declined + " left to ImageIO");
  }

  @Test
  void otherFormatsUnderAPngNameAreLeftToImageIo() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (String format : List.of("jpeg", "gif", "bmp")) {
      byte[] bytes = encode(image, format);
      assertNull(ImageSizes.pngSize(Arrays.copyOf(bytes, Math.max(29, bytes.length))));
      for (String name : List.of("as-" + format + ".png", "real." + format)) {
        Path file = Files.write(dir.resolve(name.replace("jpeg", "jpg")), bytes);
        assertArrayEquals(new int[] {40, 30}, measured(file), name);
      }
    }
    Path text = Files.writeString(dir.resolve("not-an-image.png"), "no image here, long enough to hold a header of 29 bytes");
    assertArrayEquals(new int[] {0, 0}, measured(text));
  }
}
