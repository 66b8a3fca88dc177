package nl.perspectief.problems;

import java.io.IOException;

/** A request body that is not UTF-8, noticed while it was read; says where, never what. */
public class MalformedUtf8Exception extends IOException {

    private final long offset;

    public MalformedUtf8Exception(long offset) {
        super("the body is not valid UTF-8 at byte " + offset);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
