package io.github.sakip;

/**
 * Text that could not be read as the value asked for: a number in Indonesian format, a year, a
 * {@code KodeNomenklatur}, and so on. Carries the input and the zero-based position of the
 * fault, as {@link java.text.ParseException} does.
 *
 * <p>Example message: {@code Angka "1,2,3" is not a number in Indonesian format: a second
 * decimal comma at position 3}. Messages quote the input, at most 60 characters of
 * it (then {@code ...} and its length), however long it is; {@link #getInput()}
 * keeps all of it.
 *
 * <p>This class is immutable and thread-safe.
 */
public class SakipParseException extends SakipException {
    private static final long serialVersionUID = 1L;

    /** The text that could not be read. */
    private final String input;
    /** The zero-based position of the fault in {@link #input}. */
    private final int errorIndex;

    /**
     * Creates a parse exception.
     *
     * @param message the message, naming the field, the input and the rule, not null
     * @param input the text that was read, not null
     * @param errorIndex the zero-based position of the fault in {@code input}, 0 if unknown
     */
    public SakipParseException(String message, String input, int errorIndex) {
        super(message);
        this.input = input;
        this.errorIndex = errorIndex;
    }

    /**
     * The text that could not be read.
     *
     * @return the input, never null
     */
    public String getInput() {
        return input;
    }

    /**
     * The zero-based position in {@link #getInput()} where reading failed.
     *
     * @return the position, 0 or more
     */
    public int getErrorIndex() {
        return errorIndex;
    }
}
