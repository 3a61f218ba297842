package dev.foothold.tenant.branding.control;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Walks the structure of a PNG or JPEG file without decoding its pixels, so that a file which only
 * starts like an image (a signature followed by anything) is not taken for one: every PNG chunk
 * must be whole with a correct checksum, from a sane header to the end chunk; every JPEG segment
 * must be whole, with a frame header before the scan, up to the end marker. Nothing may follow the
 * end.
 */
final class RasterStructure {

  /** Wider or taller than this is no logo (and would cost too much to show). */
  static final int MAX_SIDE = 8192;

  private RasterStructure() {}

  /**
   * @param bytes a file that starts with the PNG signature
   * @return what is wrong with it, or empty when its structure holds
   */
  static Optional<String> pngFault(byte[] bytes) {
    int at = 8;
    boolean header = false;
    boolean data = false;
    while (at + 12 <= bytes.length) {
      long length = u32(bytes, at);
      String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (length > bytes.length - at - 12L || !type.chars().allMatch(Character::isLetter)) {
        return Optional.of("a chunk is cut short or malformed");
      }
      int n = (int) length;
      var crc = new CRC32();
      crc.update(bytes, at + 4, 4 + n);
      if (crc.getValue() != u32(bytes, at + 8 + n)) {
        return Optional.of("a chunk's checksum does not match");
      }
      if (!header) {
        if (!type.equals("IHDR") || n != 13) {
          return Optional.of("it does not begin with an image header");
        }
        long width = u32(bytes, at + 8);
        long height = u32(bytes, at + 12);
        if (width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE) {
          return Optional.of("its size is not 1 to " + MAX_SIDE + " pixels a side");
        }
        header = true;
      }
      data |= type.equals("IDAT");
      at += 12 + n;
      if (type.equals("IEND")) {
        if (!data) {
          return Optional.of("it holds no image data");
        }
        return at == bytes.length
            ? Optional.empty()
            : Optional.of("something follows the end of the image");
      }
    }
    return Optional.of("it ends before the image does");
  }

  /**
   * @param bytes a file that starts with the JPEG start marker
   * @return what is wrong with it, or empty when its structure holds
   */
  static Optional<String> jpegFault(byte[] bytes) {
    int at = 2;
    boolean frame = false;
    while (at + 1 < bytes.length) {
      if ((bytes[at] & 0xFF) != 0xFF) {
        return Optional.of("a segment is malformed");
      }
      int marker = bytes[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xD9) {
        return at + 2 == bytes.length
            ? (frame ? Optional.<String>empty() : Optional.of("it has no frame header"))
            : Optional.of("something follows the end of the image");
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        at += 2;
        continue;
      }
      if (marker == 0x00 || marker == 0xD8 || at + 4 > bytes.length) {
        return Optional.of("a segment is malformed");
      }
      int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
      if (length < 2 || at + 2 + length > bytes.length) {
        return Optional.of("a segment is cut short");
      }
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
        if (length < 8) {
          return Optional.of("its frame header is malformed");
        }
        int height = ((bytes[at + 5] & 0xFF) << 8) | (bytes[at + 6] & 0xFF);
        int width = ((bytes[at + 7] & 0xFF) << 8) | (bytes[at + 8] & 0xFF);
        if (width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE) {
          return Optional.of("its size is not 1 to " + MAX_SIDE + " pixels a side");
        }
        frame = true;
      }
      at += 2 + length;
      if (marker == 0xDA) {
        if (!frame) {
          return Optional.of("it has no frame header");
        }
        // entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart
        while (at + 1 < bytes.length) {
          if ((bytes[at] & 0xFF) == 0xFF) {
            int next = bytes[at + 1] & 0xFF;
            if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
              break;
            }
          }
          at++;
        }
      }
    }
    return Optional.of("it ends before the image does");
  }

  private static long u32(byte[] b, int at) {
    return ((b[at] & 0xFFL) << 24)
        | ((b[at + 1] & 0xFFL) << 16)
        | ((b[at + 2] & 0xFFL) << 8)
        | (b[at + 3] & 0xFFL);
  }
}
