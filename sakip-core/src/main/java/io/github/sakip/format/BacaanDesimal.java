package io.github.sakip.format;

/**
 * How {@link Terbilang} reads the digits after the decimal comma (koma). Both readings are in
 * use; the first is how LKjIP narratives spell a figure such as 76,57 and is the default.
 */
public enum BacaanDesimal {

    /**
     * The decimals read as a whole number, each leading zero read {@code nol}: 76,57 is
     * {@code tujuh puluh enam koma lima puluh tujuh}, 80,01 is
     * {@code delapan puluh koma nol satu}, 80,10 is {@code delapan puluh koma sepuluh}, 80,00
     * is {@code delapan puluh koma nol nol}. The default.
     */
    BILANGAN,

    /**
     * The decimals read digit by digit, as one dictates them: 76,57 is
     * {@code tujuh puluh enam koma lima tujuh}, 80,01 is {@code delapan puluh koma nol satu}.
     */
    PER_DIGIT
}
