package io.github.sakip.reviu;

import io.github.sakip.format.AngkaFormat;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the reviu writes numbers in the explanations of its findings: Indonesian format
 * ({@code 4,40 / 3,13 x 100 = 140,58}, {@code 37.354.300.278,00}), as the report around them;
 * computed figures with at least two decimals, so a rounding never hides a difference (109,68,
 * not 110). Exception messages stay in English with plain numbers.
 */
final class Teks {

    /** A plain decimal number inside a formula written by a calculator: {@code 87.80}, {@code -2.02}. */
    private static final Pattern ANGKA = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    /** The fewest decimals of a computed figure in an explanation. */
    static final int DESIMAL_MINIMUM = 2;

    private Teks() {
    }

    /** A number at its own scale, in Indonesian format: {@code 15.411.591.203}, {@code 0,87}. */
    static String angka(BigDecimal nilai) {
        return AngkaFormat.INDONESIA.format(nilai);
    }

    /** The scale at which a figure computed for a printed one is shown: the printed scale, at least two. */
    static int skalaDihitung(BigDecimal dicetak) {
        return Math.max(DESIMAL_MINIMUM, Math.min(dicetak.scale(), Pembulatan.MAX_SCALE));
    }

    /** A formula of plain numbers ({@code Capaian.getKeterangan()}) with its numbers in Indonesian format. */
    static String rumus(String rumusPolos) {
        Matcher m = ANGKA.matcher(rumusPolos);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(angka(new BigDecimal(m.group()))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A rounding policy in words: {@code 2 desimal HALF_UP}. */
    static String pembulatan(Pembulatan p) {
        return p.getScale() + " desimal " + p.getRoundingMode();
    }
}
