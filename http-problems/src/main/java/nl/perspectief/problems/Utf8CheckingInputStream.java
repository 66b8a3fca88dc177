package nl.perspectief.problems;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * Passes a body through unchanged while the JDK's UTF-8 decoder, set to report every malformed or unmappable
 * sequence, checks it on the way; a sequence split between two reads is kept until the next one.
 */
final class Utf8CheckingInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer pending = ByteBuffer.allocate(8 * 1024 + 4);
    private final CharBuffer scratch = CharBuffer.allocate(8 * 1024 + 4);
    private long checked;
    private boolean ended;

    Utf8CheckingInputStream(ServletInputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, Math.min(length, 8 * 1024));
        if (n < 0) {
            finish();
            return -1;
        }
        check(buffer, offset, n, false);
        return n;
    }

    private void check(byte[] buffer, int offset, int length, boolean endOfInput) throws IOException {
        pending.put(buffer, offset, length);
        pending.flip();
        while (true) {
            scratch.clear();
            CoderResult result = decoder.decode(pending, scratch, endOfInput);
            if (result.isError()) {
                throw new MalformedUtf8Exception(checked + pending.position());
            }
            if (result.isUnderflow()) {
                break;
            }
        }
        checked += pending.position();
        pending.compact();
    }

    private void finish() throws IOException {
        if (ended) {
            return;
        }
        ended = true;
        check(new byte[0], 0, 0, true);
        scratch.clear();
        if (decoder.flush(scratch).isError() || pending.position() > 0) {
            throw new MalformedUtf8Exception(checked);
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
