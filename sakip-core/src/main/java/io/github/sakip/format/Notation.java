package io.github.sakip.format;

/**
 * The separators of a number notation: which character groups thousands (if any) and which
 * marks the decimals. Package-private: callers pick a notation through the presets of
 * {@link AngkaFormat}.
 */
enum Notation {
    /** {@code 40.353.401.000,00}: grouping dot, decimal comma, as Indonesian reports print. */
    INDONESIA('.', ',', "Indonesian", "decimal comma", "grouping dot"),
    /** {@code 40353401000.00}: no grouping, decimal point, as machines read. */
    PLAIN(Notation.NO_GROUPING, '.', "plain", "decimal point", "");

    /** Marks a notation without a grouping separator; never a character of a number. */
    static final char NO_GROUPING = '\0';

    private final char grouping;
    private final char decimal;
    private final String label;
    private final String decimalName;
    private final String groupingName;

    Notation(char grouping, char decimal, String label, String decimalName, String groupingName) {
        this.grouping = grouping;
        this.decimal = decimal;
        this.label = label;
        this.decimalName = decimalName;
        this.groupingName = groupingName;
    }

    boolean isGrouped() {
        return grouping != NO_GROUPING;
    }

    char grouping() {
        return grouping;
    }

    char decimal() {
        return decimal;
    }

    /** The name used in messages: {@code "Indonesian"} or {@code "plain"}. */
    String label() {
        return label;
    }

    /** The decimal separator in messages: {@code "decimal comma"} or {@code "decimal point"}. */
    String decimalName() {
        return decimalName;
    }

    /** The grouping separator in messages: {@code "grouping dot"}, empty when there is none. */
    String groupingName() {
        return groupingName;
    }
}
