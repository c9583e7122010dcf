package io.github.sakip.evaluasi.skp;

import io.github.sakip.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipStyle;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * One indicator (IKI, indikator kinerja individu) of an SKP: its name, its capaian and its weight
 * in the SKP's nilai.
 *
 * <p>Example: {@code CapaianIki.of("Persentase dokumen selesai tepat waktu",
 * Persen.of(new BigDecimal("98")), new BigDecimal("40"))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
public abstract class CapaianIki {

    CapaianIki() {
    }

    /**
     * The name of the indicator.
     *
     * @return the name, not blank, never null
     */
    public abstract String getNama();

    /**
     * The capaian of the indicator, computed by the capaian formulas of PermenPANRB 8/2021 Bab VI.
     *
     * @return the capaian, never null
     */
    public abstract Persen getCapaian();

    /**
     * The weight of the indicator, for example in percent of the SKP.
     *
     * @return the weight, above 0, never null
     */
    public abstract BigDecimal getBobot();

    /**
     * Obtains an indicator.
     *
     * @param nama the name, not blank
     * @param capaian the capaian, not null
     * @param bobot the weight, above 0
     * @return the indicator, never null
     * @throws SakipException when an argument is null or blank, or the weight is not above 0 or has
     *     more than {@link Checks#MAX_DIGITS} digits in plain form
     */
    public static CapaianIki of(@Nullable String nama, @Nullable Persen capaian, @Nullable BigDecimal bobot) {
        return ImmutableCapaianIki.of(Checks.notBlank(nama, "CapaianIki.nama"), Checks.notNull(capaian,
                "CapaianIki.capaian"), Checks.boundedDigits(bobot, "CapaianIki.bobot"));
    }

    @Value.Check
    void check() {
        Checks.check(getBobot().signum() > 0, "CapaianIki.bobot of \"%s\" must be > 0, was %s", getNama(),
                getBobot().toPlainString());
    }

    /**
     * The indicator as text: name, capaian and weight.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "CapaianIki[" + getNama() + ", " + getCapaian() + ", bobot " + getBobot().toPlainString() + "]";
    }
}
