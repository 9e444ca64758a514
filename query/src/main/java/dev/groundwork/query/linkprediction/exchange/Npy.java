package dev.groundwork.query.linkprediction.exchange;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a two-dimensional array of floats from a NumPy {@code .npy} file, the format
 * {@code numpy.save} writes (NEP 1, versions 1.0 to 3.0): the magic {@code \x93NUMPY}, a major and
 * minor version byte, a little-endian header length (2 bytes in version 1, 4 bytes after), an
 * ASCII (version 3: UTF-8) Python dict literal with {@code descr}, {@code fortran_order} and
 * {@code shape}, then the raw values. {@code <f4}, {@code >f4}, {@code <f8} and {@code >f8} are
 * read, in C or Fortran order; doubles are narrowed to floats.
 */
final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([fi])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,?\\s*\\)");

    /** A row-major matrix of {@code rows x columns} floats. */
    record Matrix(int rows, int columns, float[] values) {}

    private Npy() {}

    static Matrix read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("NumPy file '" + file + "' does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw bad(file, "does not start with the NumPy magic \\x93NUMPY; expected a file written by numpy.save");
            }
            int major = in.read();
            in.read();
            int headerLength;
            if (major == 1) {
                headerLength = littleEndian(in.readNBytes(2));
            } else if (major == 2 || major == 3) {
                headerLength = littleEndian(in.readNBytes(4));
            } else {
                throw bad(file, "has .npy format version " + major + "; expected 1, 2 or 3");
            }
            String header = new String(in.readNBytes(headerLength), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            Matcher descr = DESCR.matcher(header);
            Matcher fortran = FORTRAN.matcher(header);
            Matcher shape = SHAPE.matcher(header);
            if (!descr.find() || !descr.group(2).equals("f") || !(descr.group(3).equals("4") || descr.group(3).equals("8"))) {
                throw bad(file, "holds dtype " + field(header, "descr") + "; expected float32 or float64 ('<f4', '<f8')");
            }
            if (!shape.find()) {
                throw bad(file, "has shape " + field(header, "shape") + "; expected a two-dimensional array (rows, columns)");
            }
            long rows = Long.parseLong(shape.group(1));
            long columns = Long.parseLong(shape.group(2));
            int size = Math.toIntExact(rows * columns);
            int bytesPerValue = Integer.parseInt(descr.group(3));
            ByteOrder order = descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            byte[] data = in.readNBytes(Math.multiplyExact(size, bytesPerValue));
            if (data.length != size * bytesPerValue) {
                throw bad(file, "is truncated: " + data.length + " bytes of values, expected " + (long) size * bytesPerValue
                        + " for shape (" + rows + ", " + columns + ")");
            }
            ByteBuffer buffer = ByteBuffer.wrap(data).order(order);
            float[] values = new float[size];
            for (int i = 0; i < size; i++) {
                values[i] = bytesPerValue == 4 ? buffer.getFloat() : (float) buffer.getDouble();
            }
            if (fortran.find() && fortran.group(1).equals("True")) {
                values = transpose(values, (int) columns, (int) rows);
            }
            return new Matrix((int) rows, (int) columns, values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NumPy file '" + file + "'", e);
        } catch (ArithmeticException e) {
            throw bad(file, "is too large: more than 2^31 values");
        }
    }

    /** Column-major {@code rows x columns} stored as row-major {@code columns x rows}: swaps to row-major. */
    private static float[] transpose(float[] columnMajor, int rowsOfStored, int columnsOfStored) {
        float[] out = new float[columnMajor.length];
        for (int r = 0; r < rowsOfStored; r++) {
            for (int c = 0; c < columnsOfStored; c++) {
                out[c * rowsOfStored + r] = columnMajor[r * columnsOfStored + c];
            }
        }
        return out;
    }

    private static int littleEndian(byte[] bytes) {
        int v = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            v = (v << 8) | (bytes[i] & 0xff);
        }
        return v;
    }

    private static String field(String header, String name) {
        Matcher m = Pattern.compile("'" + name + "'\\s*:\\s*([^,}]+(?:,[^)]*\\))?)").matcher(header);
        return m.find() ? m.group(1).strip() : "(missing)";
    }

    private static BadInputException bad(Path file, String what) {
        return new BadInputException("NumPy file '" + file + "' " + what);
    }
}
