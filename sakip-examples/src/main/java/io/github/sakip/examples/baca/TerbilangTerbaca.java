package io.github.sakip.examples.baca;

import io.github.sakip.reviu.Lokasi;

/**
 * A number printed with its words, "80,01 (delapan puluh koma nol satu)", for the reviu to
 * check that the words say the number.
 *
 * @param lokasi where it stands
 * @param angka the number as printed
 * @param kata the words
 */
record TerbilangTerbaca(Lokasi lokasi, String angka, String kata) {
}
