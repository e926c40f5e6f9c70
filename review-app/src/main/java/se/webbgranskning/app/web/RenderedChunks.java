package se.webbgranskning.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import gg.jte.output.Utf8ByteOutput;

/**
 * A rendered page as a response body, read from the arrays the template was rendered into instead of a copy
 * joined into one. Supports mark and reset like a {@code ByteArrayInputStream}, because Javalin's
 * {@code ctx.result()} reads a result and resets it so that it can still be sent (the 404 page handler does).
 */
final class RenderedChunks extends InputStream {

    private record Chunk(byte[] data, int offset, int length) {
    }

    private final List<Chunk> chunks = new ArrayList<>();
    private int chunk;
    private int position;
    private int markedChunk;
    private int markedPosition;

    RenderedChunks(Utf8ByteOutput output) {
        try {
            output.writeTo((data, offset, length) -> chunks.add(new Chunk(data, offset, length)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the consumer only keeps references, so this is never thrown
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < length && chunk < chunks.size()) {
            Chunk current = chunks.get(chunk);
            int n = Math.min(length - copied, current.length() - position);
            System.arraycopy(current.data(), current.offset() + position, target, offset + copied, n);
            copied += n;
            position += n;
            if (position == current.length()) {
                chunk++;
                position = 0;
            }
        }
        return copied == 0 ? -1 : copied;
    }

    @Override
    public int available() {
        long left = -position;
        for (int i = chunk; i < chunks.size(); i++) {
            left += chunks.get(i).length();
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readLimit) {
        markedChunk = chunk;
        markedPosition = position;
    }

    @Override
    public synchronized void reset() {
        chunk = markedChunk;
        position = markedPosition;
    }
}
