package io.restorekit.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report file written only when its writer closes it, unless the run replaced its content first — whichever of the
 * two comes last, the replacement is what the file holds.
 */
final class HeldOutput extends OutputStream {
    private final Path file;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private String replacement;
    private boolean closed;

    HeldOutput(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
    }

    /** From now on (and now, if the writer already closed) the file holds {@code content}. */
    synchronized void replaceWith(String content) {
        replacement = content;
        if (closed) {
            store();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        store();
    }

    private void store() {
        try {
            Files.createDirectories(file.getParent());
            if (replacement != null) {
                Files.writeString(file, replacement);
            } else {
                Files.write(file, buffer.toByteArray());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
