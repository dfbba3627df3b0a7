package org.chalkpress.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Stops reading an upload as soon as it passes the largest size the library accepts. */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
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
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge(limit);
        }
    }

    static MediaRefusedException tooLarge(long limit) {
        return new MediaRefusedException(String.format(Locale.ROOT,
                "This file is larger than the %,d MB the library accepts for it. Make it smaller (shorter, or a "
                        + "lower resolution) and upload it again.", limit / MediaLimits.MB));
    }
}
