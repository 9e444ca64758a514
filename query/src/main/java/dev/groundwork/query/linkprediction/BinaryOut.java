package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.file.AtomicFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Little-endian writer of the model and checkpoint formats, over an {@link AtomicFile}: the target
 * is replaced only by {@link #commit()}, so a failure part-way (or a crash) leaves the old model as
 * it was. Not thread-safe.
 */
final class BinaryOut implements AutoCloseable {
    private final AtomicFile file;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    /** Bytes already handed to the file: with the buffer's position, where the next byte goes. */
    private long flushed;

    BinaryOut(Path target) {
        this.file = AtomicFile.create(target);
    }

    BinaryOut bytes(byte[] value) {
        for (int at = 0; at < value.length; ) {
            room(1);
            int n = Math.min(buffer.remaining(), value.length - at);
            buffer.put(value, at, n);
            at += n;
        }
        return this;
    }

    BinaryOut integer(int value) {
        room(4);
        buffer.putInt(value);
        return this;
    }

    BinaryOut longInteger(long value) {
        room(8);
        buffer.putLong(value);
        return this;
    }

    BinaryOut real(double value) {
        return longInteger(Double.doubleToRawLongBits(value));
    }

    BinaryOut string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        integer(utf8.length);
        return bytes(utf8);
    }

    BinaryOut strings(List<String> values) {
        integer(values.size());
        values.forEach(this::string);
        return this;
    }

    /** A length, padding to a multiple of 64 bytes (so that a mapped reader sees aligned floats), then the floats. */
    BinaryOut floats(float[] values) {
        integer(values.length);
        while ((flushed + buffer.position()) % 64 != 0) {
            room(1);
            buffer.put((byte) 0);
        }
        for (int at = 0; at < values.length; ) {
            room(4);
            int n = Math.min(buffer.remaining() / 4, values.length - at);
            buffer.asFloatBuffer().put(values, at, n);
            buffer.position(buffer.position() + 4 * n);
            at += n;
        }
        return this;
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() {
        buffer.flip();
        flushed += buffer.limit();
        try {
            while (buffer.hasRemaining()) {
                file.channel().write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write '" + file.target() + "'", e);
        }
        buffer.clear();
    }

    /** Writes what is buffered, forces it to disk and moves the file into place. */
    void commit() {
        flush();
        file.commit();
    }

    /** Without a {@link #commit()}, discards what was written and leaves the old file. */
    @Override
    public void close() {
        file.close();
    }
}
