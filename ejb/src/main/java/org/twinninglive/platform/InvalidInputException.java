package org.twinninglive.platform;

/** A field of the request is wrong; {@link #field()} names it so forms and clients can point at it. */
public class InvalidInputException extends TwinningException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
