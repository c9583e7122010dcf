package io.github.sakip.evaluasi.ikm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.SakipException;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collector;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The data of one IKM survey: per unsur, the sum of the answers and the number who answered
 * ({@link RekapUnsur}), the number of respondents, and optionally the population it represents.
 *
 * <p>Made from the respondents' rows ({@link #ofJawaban}, or {@link #kolektor()} for a stream of
 * any length), summed per unsur with unanswered items left out, or from the per-unsur totals a report prints ({@link #ofRekap}). With a
 * population ({@link #withPopulasi}) the survey must have at least as many respondents as
 * {@link TabelSampel#KREJCIE_MORGAN} asks: a survey of 150 respondents cannot represent 1000
 * service users (278 needed) and is refused with a {@link SakipException}.
 *
 * <p>The survey does not know its {@link PedomanIkm}; {@link RumusIkm#hitung} checks that the
 * number of unsur matches.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"rekap", "jumlahResponden", "populasi"})
public abstract class SurveiIkm {

    SurveiIkm() {
    }

    /**
     * The totals per unsur, in the order of the pedoman.
     *
     * @return an unmodifiable list, at least one, never null
     */
    @JsonProperty("rekap")
    public abstract List<RekapUnsur> getRekap();

    /**
     * The number of respondents: the rows of the survey, or as the report states it.
     *
     * @return the number, at least the count of any unsur
     */
    @JsonProperty("jumlahResponden")
    public abstract long getJumlahResponden();

    /**
     * The population the survey claims to represent, when stated.
     *
     * @return the number of service users, or empty
     */
    public abstract OptionalLong getPopulasi();

    /** The JSON form of the population: left out when none was given. */
    @JsonProperty("populasi")
    @Nullable
    Long populasiJson() {
        return getPopulasi().isPresent() ? getPopulasi().getAsLong() : null;
    }

    @JsonCreator
    static SurveiIkm json(@JsonProperty("rekap") List<RekapUnsur> rekap,
            @JsonProperty("jumlahResponden") long jumlahResponden, @JsonProperty("populasi") @Nullable Long populasi) {
        SurveiIkm survei = ofRekap(rekap, jumlahResponden);
        return populasi == null ? survei : survei.withPopulasi(populasi);
    }

    /**
     * Obtains a survey from the respondents' rows.
     *
     * @param jawaban the rows, each with the same number of unsur, at least one row; every unsur
     *     answered by at least one respondent
     * @return the survey, never null
     * @throws SakipException when the list is null or empty or has a null row, the rows differ in
     *     length, or an unsur has no answer at all
     */
    public static SurveiIkm ofJawaban(List<JawabanResponden> jawaban) {
        return Checks.noNullElements(jawaban, "SurveiIkm.jawaban").stream().collect(kolektor());
    }

    /**
     * A collector that sums a stream of respondents' rows into a survey in constant memory, for
     * surveys too large to hold as a list (a million rows or more):
     * <pre>{@code
     * SurveiIkm survei = rows.stream().map(MyRow::toJawaban).collect(SurveiIkm.kolektor());
     * Ikm ikm = RumusIkm.standar().hitung(survei);
     * }</pre>
     * The number of unsur comes from the first row; unanswered items are left out of their unsur,
     * as {@link #ofJawaban} does. Works on parallel streams (the totals are sums); row numbers in
     * its messages count from the start of a sequential stream, but a parallel stream is split
     * into parts and counts within the part that held the row.
     *
     * @return the collector, never null; it throws {@link SakipException} when the stream is
     *     empty or has a null row, the rows differ in length, or an unsur has no answer at all
     */
    public static Collector<JawabanResponden, ?, SurveiIkm> kolektor() {
        return Collector.of(TallyJawaban::new, TallyJawaban::tambah, TallyJawaban::gabung, TallyJawaban::survei);
    }

    /**
     * Obtains a survey from per-unsur totals when every respondent answered every unsur, or the
     * report does not state the number: the number of respondents is the largest count of an unsur.
     *
     * @param rekap the totals per unsur, in the order of the pedoman, at least one; copied
     * @return the survey, never null
     * @throws SakipException when the list is null or empty or has a null element
     */
    public static SurveiIkm ofRekap(List<RekapUnsur> rekap) {
        List<RekapUnsur> list = Checks.noNullElements(rekap, "SurveiIkm.rekap");
        long jumlah = list.stream().mapToLong(RekapUnsur::getJumlahResponden).max().orElse(0);
        return ofRekap(list, jumlah);
    }

    /**
     * Obtains a survey from per-unsur totals and the number of respondents the report states.
     *
     * @param rekap the totals per unsur, in the order of the pedoman, at least one; copied
     * @param jumlahResponden the number of respondents, at least the count of every unsur
     * @return the survey, never null
     * @throws SakipException when the list is null or empty or has a null element, or an unsur
     *     counts more respondents than the survey has
     */
    public static SurveiIkm ofRekap(List<RekapUnsur> rekap, long jumlahResponden) {
        return ImmutableSurveiIkm.of(Checks.noNullElements(rekap, "SurveiIkm.rekap"), jumlahResponden,
                OptionalLong.empty());
    }

    /**
     * This survey as the sample of a population, checked against {@link TabelSampel#KREJCIE_MORGAN}.
     *
     * @param populasi the number of service users the survey represents, at least the number of
     *     respondents
     * @return a new survey, never null
     * @throws SakipException when the survey is too small for the population (for example 150
     *     respondents for 1000 service users, where the table asks 278) or larger than it
     */
    public SurveiIkm withPopulasi(long populasi) {
        return ImmutableSurveiIkm.of(getRekap(), getJumlahResponden(), OptionalLong.of(populasi));
    }

    /**
     * The number of unsur of the survey.
     *
     * @return the number, 1 or more
     */
    public int getJumlahUnsur() {
        return getRekap().size();
    }

    @Value.Check
    void check() {
        Checks.check(!getRekap().isEmpty(), "SurveiIkm.rekap must have at least one unsur, was empty");
        for (int u = 0; u < getRekap().size(); u++) {
            Checks.check(getRekap().get(u).getJumlahResponden() <= getJumlahResponden(),
                    "SurveiIkm unsur %s counts %s respondents, more than SurveiIkm.jumlahResponden %s", u + 1,
                    getRekap().get(u).getJumlahResponden(), getJumlahResponden());
        }
        getPopulasi().ifPresent(p -> TabelSampel.KREJCIE_MORGAN.periksa(p, getJumlahResponden()));
    }

    /**
     * The survey as text: respondents, population and totals.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "SurveiIkm[" + getJumlahResponden() + " responden"
                + (getPopulasi().isPresent() ? " of populasi " + getPopulasi().getAsLong() : "") + ", " + getRekap()
                + "]";
    }
}
