package io.github.sakip.evaluasi.ikm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.SakipException;
import org.immutables.value.Value;

/**
 * The totals of one unsur of an IKM survey as reports print them: the sum of the answers
 * ("jumlah nilai per unsur") and the number of respondents who answered that unsur. Its NRR
 * (nilai rata-rata) is the one divided by the other.
 *
 * <p>Example: 150 respondents whose answers to "Persyaratan" sum to 513 give
 * {@code RekapUnsur.of(513, 150)}, NRR 513 / 150 = 3,42.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"totalNilai", "jumlahResponden"})
public abstract class RekapUnsur {

    RekapUnsur() {
    }

    /**
     * The sum of the answers to this unsur (the regulation's "jumlah nilai per unsur"; a sum is
     * {@code total*} in this library, {@code jumlah*} is a count).
     *
     * @return the sum, between {@link #getJumlahResponden()} and 4 times it
     */
    @JsonProperty("totalNilai")
    public abstract long getTotalNilai();

    /**
     * The number of respondents who answered this unsur.
     *
     * @return the number, 1 or more
     */
    @JsonProperty("jumlahResponden")
    public abstract long getJumlahResponden();

    /**
     * Obtains the totals of one unsur.
     *
     * @param totalNilai the sum of the answers, between {@code jumlahResponden} and 4 times it
     * @param jumlahResponden the number who answered, 1 or more
     * @return the totals, never null
     * @throws SakipException when a value is out of range
     */
    public static RekapUnsur of(long totalNilai, long jumlahResponden) {
        return ImmutableRekapUnsur.of(totalNilai, jumlahResponden);
    }

    @JsonCreator
    static RekapUnsur json(@JsonProperty("totalNilai") long totalNilai,
            @JsonProperty("jumlahResponden") long jumlahResponden) {
        return of(totalNilai, jumlahResponden);
    }

    /**
     * The NRR (nilai rata-rata) of the unsur, exact: sum of answers / number who answered.
     *
     * @return the NRR, between 1 and 4, never null
     */
    public Pecahan getNrr() {
        return Pecahan.of(getTotalNilai(), getJumlahResponden());
    }

    @Value.Check
    void check() {
        Checks.check(getJumlahResponden() >= 1, "RekapUnsur.jumlahResponden must be >= 1, was %s",
                getJumlahResponden());
        Checks.check(getJumlahResponden() <= Long.MAX_VALUE / PedomanIkm.JAWABAN_MAKS,
                "RekapUnsur.jumlahResponden must be <= %s, was %s", Long.MAX_VALUE / PedomanIkm.JAWABAN_MAKS,
                getJumlahResponden());
        Checks.check(getTotalNilai() >= getJumlahResponden() * PedomanIkm.JAWABAN_MIN
                        && getTotalNilai() <= getJumlahResponden() * PedomanIkm.JAWABAN_MAKS,
                "RekapUnsur.totalNilai must be between %s and %s for %s respondents answering 1 to 4, was %s",
                getJumlahResponden() * PedomanIkm.JAWABAN_MIN, getJumlahResponden() * PedomanIkm.JAWABAN_MAKS,
                getJumlahResponden(), getTotalNilai());
    }

    /**
     * The totals as text, for example {@code RekapUnsur[513 / 150]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RekapUnsur[" + getTotalNilai() + " / " + getJumlahResponden() + "]";
    }
}
