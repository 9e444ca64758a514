package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader of what {@link BinaryOut} wrote, over a read-only memory map of the file (so files up to
 * 2 GiB). Truncated or inconsistent input is a {@link BadInputException} naming the file. Not
 * thread-safe.
 */
final class BinaryIn {
    private final Path file;
    private final MappedByteBuffer map;

    BinaryIn(Path file) {
        this.file = file;
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("model file '" + file + "' does not exist");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new BadInputException("model file '" + file + "' has " + channel.size() + " bytes; at most 2 GiB are supported");
            }
            this.map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            this.map.order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + file + "'", e);
        }
    }

    Path file() {
        return file;
    }

    byte[] bytes(int length) {
        byte[] value = new byte[check(length, "byte string")];
        guarded(() -> map.get(value));
        return value;
    }

    int integer() {
        int[] value = new int[1];
        guarded(() -> value[0] = map.getInt());
        return value[0];
    }

    long longInteger() {
        long[] value = new long[1];
        guarded(() -> value[0] = map.getLong());
        return value[0];
    }

    double real() {
        double[] value = new double[1];
        guarded(() -> value[0] = map.getDouble());
        return value[0];
    }

    String string() {
        return new String(bytes(integer()), StandardCharsets.UTF_8);
    }

    List<String> strings() {
        int count = check(integer(), "string list");
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(string());
        }
        return values;
    }

    float[] floats(int expected) {
        int length = integer();
        if (length != expected) {
            throw new BadInputException("model file '" + file + "' is inconsistent: a table has " + length + " floats, expected " + expected);
        }
        while (map.position() % 64 != 0) {
            guarded(map::get);
        }
        float[] values = new float[length];
        guarded(() -> {
            map.asFloatBuffer().get(values);
            map.position(map.position() + 4 * length);
        });
        return values;
    }

    private int check(int length, String what) {
        if (length < 0 || length > map.remaining()) {
            throw truncated(what + " of length " + length);
        }
        return length;
    }

    private void guarded(Runnable read) {
        try {
            read.run();
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw truncated("data");
        }
    }

    private BadInputException truncated(String what) {
        return new BadInputException("model file '" + file + "' is truncated or corrupt: cannot read " + what + " at byte " + map.position() + " of " + map.capacity());
    }
}
