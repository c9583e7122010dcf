package io.github.sakip.format;

import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The strict grammar of a number, read in one pass (linear time, whatever the input):
 * <pre>
 * number   = [ "-" | "+" ] integer [ decimal digit+ ]
 * integer  = digit+                                    (ungrouped: 1234)
 *          | digit{1,3} ( grouping digit{3} )+         (grouped: 1.234.567)
 * </pre>
 * where the integer part has no leading zero unless it is {@code 0}, and there are at most
 * {@link AngkaFormat#MAX_DIGITS} digits in all.
 */
final class AngkaParser {

    private AngkaParser() {
    }

    /**
     * Reads the number in {@code input[start, end)} of the context.
     *
     * @return the value, at the scale written ({@code 80,10} is 80.10)
     * @throws SakipParseException at the first fault
     */
    static BigDecimal parse(ParseContext ctx, int start, int end) {
        String s = ctx.input();
        Notation notation = ctx.notation();
        int i = start;
        boolean negative = false;
        if (i < end && isSign(s.charAt(i))) {
            negative = s.charAt(i) == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        int integerStart = i;
        i = readDigits(ctx, i, end, digits);
        if (i == integerStart) {
            throw noDigit(ctx, i, end);
        }
        if (notation.isGrouped() && i < end && s.charAt(i) == notation.grouping()) {
            i = readGroups(ctx, integerStart, i, end, digits);
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw ctx.error(integerStart, "a leading zero", "only the number 0 itself starts with 0");
        }
        int scale = 0;
        if (i < end && s.charAt(i) == notation.decimal()) {
            int fractionStart = ++i;
            i = readDigits(ctx, i, end, digits);
            scale = i - fractionStart;
            if (scale == 0) {
                throw ctx.error(fractionStart, "no digit after the " + notation.decimalName(),
                        "write the decimals or leave out the " + notation.decimalName());
            }
            if (i < end && s.charAt(i) == notation.decimal()) {
                throw ctx.error(i, "a second " + notation.decimalName(),
                        "a number has at most one " + notation.decimalName());
            }
            if (i < end && notation.isGrouped() && s.charAt(i) == notation.grouping()) {
                throw ctx.error(i, "a " + notation.groupingName() + " after the "
                        + notation.decimalName(), "decimals are not grouped");
            }
        }
        if (i < end) {
            throw ctx.unexpected(i);
        }
        BigDecimal value = new BigDecimal(new BigInteger(digits.toString()), scale);
        return negative ? value.negate() : value;
    }

    /** Reads {@code .234.567...} after a first group that ends at {@code i}. */
    private static int readGroups(
            ParseContext ctx, int integerStart, int i, int end, StringBuilder digits) {
        int first = i - integerStart;
        if (first > 3) {
            throw ctx.error(integerStart, "a first group of " + first + " digits",
                    "the first group must have 1 to 3 digits");
        }
        String s = ctx.input();
        int at = i;
        while (at < end && s.charAt(at) == ctx.notation().grouping()) {
            int groupStart = at + 1;
            at = readDigits(ctx, groupStart, end, digits);
            int length = at - groupStart;
            if (length != 3) {
                throw ctx.error(groupStart, "a group of " + length + " digits",
                        "groups after the first must have 3");
            }
        }
        return at;
    }

    /** Appends the ASCII digits from {@code i} on; returns the position after the last one. */
    private static int readDigits(ParseContext ctx, int i, int end, StringBuilder digits) {
        String s = ctx.input();
        int at = i;
        while (at < end && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
            if (digits.length() == AngkaFormat.MAX_DIGITS) {
                throw ctx.error(at, "more than " + AngkaFormat.MAX_DIGITS + " digits",
                        "longer numbers are not read");
            }
            digits.append(s.charAt(at));
            at++;
        }
        return at;
    }

    /** Whether {@code c} is a sign a number may start with: {@code -} or {@code +}. */
    static boolean isSign(char c) {
        return c == '-' || c == '+';
    }

    private static SakipParseException noDigit(ParseContext ctx, int i, int end) {
        if (i == end) {
            return ctx.error(i, "no digit", "a number has at least one");
        }
        char c = ctx.input().charAt(i);
        Notation notation = ctx.notation();
        if (c == notation.decimal()) {
            return ctx.error(i, "a " + notation.decimalName() + " before any digit",
                    "write 0" + notation.decimal() + "5, not " + notation.decimal() + "5");
        }
        if (notation.isGrouped() && c == notation.grouping()) {
            return ctx.error(i, "a " + notation.groupingName() + " before any digit",
                    "a number starts with a digit");
        }
        return ctx.unexpected(i);
    }
}
