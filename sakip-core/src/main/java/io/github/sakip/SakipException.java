package io.github.sakip;

/**
 * The one unchecked exception type of the library: bad input, never a silent wrong number.
 *
 * <p>The message names the field, the value and the rule, in English with the Indonesian term,
 * for example {@code Target.nilai must be > 0 for Polaritas.NEGATIF, was 0}. No
 * {@code NullPointerException}, {@code ArithmeticException} or {@code NumberFormatException}
 * escapes the public API: each is turned into a {@code SakipException} that says what was wrong.
 * It extends {@link IllegalArgumentException} because every case is an argument the caller can
 * correct.
 *
 * <p>Subtypes, where callers need to tell cases apart: {@link SakipParseException} (text that
 * could not be read, with the position of the fault).
 *
 * <p>This class is immutable and thread-safe.
 */
public class SakipException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the field, the value and the rule.
     *
     * @param message the message, not null
     */
    public SakipException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the low-level cause it replaces.
     *
     * @param message the message, not null
     * @param cause the cause, for example an {@code ArithmeticException}, may be null
     */
    public SakipException(String message, Throwable cause) {
        super(message, cause);
    }
}
