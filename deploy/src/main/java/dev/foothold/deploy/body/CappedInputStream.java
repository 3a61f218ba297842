package dev.foothold.deploy.body;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a body through until more than the limit has come, then refuses to read on: a chunked body
 * (no declared length) or one longer than it declared is never read beyond {@code limit + 1} bytes.
 */
final class CappedInputStream extends FilterInputStream {

  /** Thrown by a read that would pass the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("The body is longer than " + limit + " bytes", null);
    }
  }

  private final long limit;
  private long count;
  private boolean exceeded;

  CappedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /**
   * @return whether a read passed the limit
   */
  boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    long room = limit - count + 1;
    int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, room)));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - count + 1));
    counted(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) throws TooLarge {
    count += n;
    if (count > limit) {
      exceeded = true;
      throw new TooLarge(limit);
    }
  }
}
