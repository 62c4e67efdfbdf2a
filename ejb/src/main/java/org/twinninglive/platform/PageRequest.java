package org.twinninglive.platform;

/**
 * Which slice of a list to read: page numbers start at 0, sizes are bounded so no request can
 * ask the database for everything at once.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** How deep a list can be paged: beyond, narrow the query (a search engine's usual bound too). */
    public static final int MAX_OFFSET = 100_000;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more.").shownAs("page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE + ".")
                    .shownAs("size.range", MAX_SIZE);
        }
        if ((long) page * size + size > MAX_OFFSET) {
            throw new InvalidInputException("page", "page is too far: at most the first " + MAX_OFFSET
                    + " entries of a list can be paged through; narrow the query.").shownAs("page.tooFar", MAX_OFFSET);
        }
    }

    /** Reads the raw query values of a door; absent values take the defaults. */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(parseNumber("page", page, 0), parseNumber("size", size, DEFAULT_SIZE));
    }

    private static int parseNumber(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(field, field + " must be a whole number.").shownAs("number.whole", field);
        }
    }

    public int offset() {
        return page * size;
    }
}
