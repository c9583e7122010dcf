package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.math.BigDecimal;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A figure as a report prints it: where ({@link Lokasi}), what it stands for ({@link Besaran}),
 * the number as printed (its scale is the printed number of decimals, which sets the precision
 * of the check), and for figures in running text the sentence quoted.
 *
 * <p>Examples from the Klojen LKjIP 2021: Tabel 3.4 prints the efficiency of "Meningkatnya kinerja
 * pelayanan perangkat daerah" as 122,56, that is
 * {@code AngkaDicetak.of(Lokasi.of("Tabel 3.4", "Meningkatnya kinerja pelayanan perangkat daerah", "9"),
 * Besaran.sasaran(JenisBesaran.EFISIENSI, sasaran), new BigDecimal("122.56"), null)}; the Ikhtisar
 * Eksekutif states "hanya 1 (satu) yang berhasil", a {@link JenisBesaran#JUMLAH_SASARAN_TERCAPAI}
 * printed as 1 with that quote.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class AngkaDicetak {

    AngkaDicetak() {
    }

    /**
     * Where the figure is printed.
     *
     * @return the location, never null
     */
    @JsonProperty("lokasi")
    public abstract Lokasi getLokasi();

    /**
     * What the figure stands for.
     *
     * @return the quantity, never null
     */
    @JsonProperty("besaran")
    public abstract Besaran getBesaran();

    /**
     * The figure as printed, at the printed scale: 100,7 is {@code 100.7}, 109,74 is
     * {@code 109.74}; a decrease printed in words ("penurunan sebesar 2,02") is negative.
     *
     * @return the figure, never null
     */
    public abstract BigDecimal getNilai();

    /**
     * The sentence the figure stands in, for figures in running text.
     *
     * @return the quote, or empty
     */
    public abstract Optional<String> getKutipan();

    /**
     * Obtains a printed figure.
     *
     * @param lokasi where, not null
     * @param besaran what it stands for, not null
     * @param nilai the figure as printed, not null
     * @param kutipan the sentence quoted, or null
     * @return the printed figure, never null
     * @throws SakipException when a required argument is null, the figure has more than
     *     1000 digits in plain form, or a count is not a whole number
     */
    public static AngkaDicetak of(Lokasi lokasi, Besaran besaran, BigDecimal nilai,
            @Nullable String kutipan) {
        return ImmutableAngkaDicetak.of(Checks.notNull(lokasi, "AngkaDicetak.lokasi"),
                Checks.notNull(besaran, "AngkaDicetak.besaran"), Checks.boundedDigits(nilai, "AngkaDicetak.nilai"),
                Optional.ofNullable(kutipan));
    }

    @JsonProperty("nilai")
    String nilaiJson() {
        return getNilai().toString();
    }

    @JsonProperty("kutipan")
    @Nullable
    String kutipanJson() {
        return getKutipan().orElse(null);
    }

    @JsonCreator
    static AngkaDicetak json(@JsonProperty("lokasi") Lokasi lokasi, @JsonProperty("besaran") Besaran besaran,
            @JsonProperty("nilai") BigDecimal nilai, @JsonProperty("kutipan") @Nullable String kutipan) {
        return of(lokasi, besaran, nilai, kutipan);
    }

    @Value.Check
    void check() {
        Checks.check(getBesaran().getJenis().getSifat() != JenisBesaran.Sifat.JUMLAH
                || getNilai().stripTrailingZeros().scale() <= 0,
                "AngkaDicetak.nilai of a count (%s) must be a whole number, was %s at %s", getBesaran().getJenis(),
                getNilai().toPlainString(), getLokasi());
    }

    /**
     * The figure as text, for example {@code Tabel 3.1 / Nilai SAKIP OPD / Capaian 2021 = 109.74}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getLokasi() + " = " + getNilai().toPlainString();
    }
}
