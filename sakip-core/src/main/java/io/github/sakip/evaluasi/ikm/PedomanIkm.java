package io.github.sakip.evaluasi.ikm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.predikat.Batas;
import io.github.sakip.predikat.Pita;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A guideline (pedoman) for the public satisfaction survey: its unsur, the weight it prints, the
 * conversion factor and the mutu bands, as data, so a new regulation needs no new release.
 *
 * <p>Two presets, one per regulation; the same score rates differently under each, so every
 * {@link Ikm} names the pedoman it used:
 * <ul>
 *   <li>{@link #PERMENPANRB_14_2017}, the default: nine unsur, weight 1/9 (printed 0,111),
 *       IKM = IKM unit x 25, mutu A sangat baik 88,31-100,00, B baik 76,61-88,30, C kurang baik
 *       65,00-76,60, D tidak baik 25,00-64,99;</li>
 *   <li>{@link #KEPMENPAN_25_2004}: fourteen unsur, weight 1/14 (printed 0,071), x 25, mutu A
 *       81,26-100, B 62,51-81,25, C 43,76-62,50, D 25-43,75.</li>
 * </ul>
 * Example: 76,475 rates B under KepmenPAN 25/2004 and C under PermenPANRB 14/2017; the Klojen
 * LKjIP 2021's IKM 85,48 rates B (baik) under PermenPANRB 14/2017.
 *
 * <p><b>The mutu bands are rated on the converted value (25-100)</b>, {@link #getSkalaMutu()}.
 * The bands are printed with gaps between neighbours (88,30 and 88,31, ...), which leave no
 * two-decimal value unrated but do leave exact values such as 88,305 between two bands. The
 * library closes every gap at the printed lower bound of the band above, inclusive: A is
 * {@code x >= 88,31}, B is {@code 76,61 <= x < 88,31}, C {@code 65,00 <= x < 76,61}, D
 * {@code x < 65,00}. The regulations also print the bands on the NRR scale (1-4);
 * {@link #getSkalaNrr()} is the converted scale divided by the factor, which for PermenPANRB
 * 14/2017 is exactly the printed NRR column with its gaps closed the same way (3,5324, 3,0644,
 * 2,60), so both give the same mutu for every survey. For KepmenPAN 25/2004 the printed NRR column
 * (1,76, 2,51, 3,26 as lower bounds) is not the converted one divided by 25 (1,7504, 2,5004,
 * 3,2504): an IKM unit in [1,7504, 1,76), [2,5004, 2,51) or [3,2504, 3,26) rates one band higher
 * on the converted column than on the printed NRR column. The library follows the converted
 * column, which both regulations state as the mutu of the unit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"nama", "unsur", "bobotDicetak", "faktorKonversi", "skalaMutu"})
public abstract class PedomanIkm {

    /**
     * PermenPANRB 14/2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara
     * Pelayanan Publik), confirmed (docs/aturan.md, "IKM"): nine unsur, answers 1-4, weight 1/9 printed 0,111,
     * IKM = IKM unit x 25, mutu A (Sangat baik) from 88,31, B (Baik) from 76,61, C (Kurang baik)
     * from 65,00, D (Tidak baik) below, gaps closed as the class comment says.
     */
    public static final PedomanIkm PERMENPANRB_14_2017 = of("PermenPANRB 14/2017",
            List.of("Persyaratan", "Sistem, mekanisme, dan prosedur", "Waktu penyelesaian", "Biaya/tarif",
                    "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana",
                    "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana"),
            new BigDecimal("0.111"), BigDecimal.valueOf(25),
            Skala.builder("Mutu pelayanan PermenPANRB 14/2017 (nilai konversi, gaps closed)", "D (Tidak baik)")
                    .dari(new BigDecimal("65.00"), "C (Kurang baik)")
                    .dari(new BigDecimal("76.61"), "B (Baik)")
                    .dari(new BigDecimal("88.31"), "A (Sangat baik)")
                    .build());

    /**
     * KepmenPAN 25/2004 (Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat), for older surveys:
     * fourteen unsur, weight 1/14 printed 0,071, x 25, mutu A (Sangat baik) from 81,26, B (Baik)
     * from 62,51, C (Kurang baik) from 43,76, D (Tidak baik) below, gaps closed as the class
     * comment says.
     *
     * <p>The bands are practice-confirmed, not read in the regulation itself: the IKM 2013 report
     * of UPT BPSMB Disperindag Provinsi Bali ("Berdasarkan Kep. Menpan Nomor KEP/25/M.PAN/2/2004")
     * quotes the regulation's lampiran table as nilai persepsi 1: NRR 1,00-1,75, IKM 25-43,75, D
     * tidak baik; 2: 1,76-2,50, 43,76-62,50, C kurang baik; 3: 2,51-3,25, 62,51-81,25, B baik;
     * 4: 3,26-4,00, 81,26-100,00, A sangat baik. A Puskesmas survey of June 2012 under the same
     * regulation ("Hasil PHC", Tabel 1) prints IKM 76,475 as mutu B, kinerja baik, as these
     * bands give. The unsur names and their order are those of that table (prosedur pelayanan
     * ... keamanan pelayanan), the same as peer applications list them.
     */
    public static final PedomanIkm KEPMENPAN_25_2004 = of("KepmenPAN 25/2004",
            List.of("Prosedur pelayanan", "Persyaratan pelayanan", "Kejelasan petugas pelayanan",
                    "Kedisiplinan petugas pelayanan", "Tanggung jawab petugas pelayanan",
                    "Kemampuan petugas pelayanan", "Kecepatan pelayanan", "Keadilan mendapatkan pelayanan",
                    "Kesopanan dan keramahan petugas", "Kewajaran biaya pelayanan", "Kepastian biaya pelayanan",
                    "Kepastian jadwal pelayanan", "Kenyamanan lingkungan", "Keamanan pelayanan"),
            new BigDecimal("0.071"), BigDecimal.valueOf(25),
            Skala.builder("Mutu pelayanan KepmenPAN 25/2004 (nilai konversi, gaps closed)",
                            "D (Tidak baik)")
                    .dari(new BigDecimal("43.76"), "C (Kurang baik)")
                    .dari(new BigDecimal("62.51"), "B (Baik)")
                    .dari(new BigDecimal("81.26"), "A (Sangat baik)")
                    .build());

    /** The lowest answer of the survey scale: 1 (tidak sesuai / tidak puas). */
    public static final int JAWABAN_MIN = 1;
    /** The highest answer of the survey scale: 4 (sangat sesuai / sangat puas). */
    public static final int JAWABAN_MAKS = 4;

    PedomanIkm() {
    }

    /**
     * The name of the regulation, for example {@code "PermenPANRB 14/2017"}.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The unsur (survey elements), in the order of the regulation; answers and totals are given
     * in this order.
     *
     * @return an unmodifiable list of distinct, non-blank names, at least one, never null
     */
    @JsonProperty("unsur")
    public abstract List<String> getUnsur();

    /**
     * The weight of each unsur as the regulation prints it: 0,111 for 1/9, 0,071 for 1/14.
     *
     * @return the printed weight, above 0, never null
     */
    public abstract BigDecimal getBobotDicetak();

    /**
     * The factor from the IKM unit (1-4) to the converted IKM (25-100): 25.
     *
     * @return the factor, above 0, never null
     */
    public abstract BigDecimal getFaktorKonversi();

    /**
     * The mutu bands on the converted IKM, gaps closed as the class comment says.
     *
     * @return the scale, at least two bands, never null
     */
    @JsonProperty("skalaMutu")
    public abstract Skala getSkalaMutu();

    /** The JSON form of the printed weight: an exact string, {@code "0.111"}. */
    @JsonProperty("bobotDicetak")
    String bobotDicetakJson() {
        return getBobotDicetak().toString();
    }

    /** The JSON form of the conversion factor: an exact string, {@code "25"}. */
    @JsonProperty("faktorKonversi")
    String faktorKonversiJson() {
        return getFaktorKonversi().toString();
    }

    @JsonCreator
    static PedomanIkm json(@JsonProperty("nama") String nama, @JsonProperty("unsur") List<String> unsur,
            @JsonProperty("bobotDicetak") BigDecimal bobotDicetak,
            @JsonProperty("faktorKonversi") BigDecimal faktorKonversi, @JsonProperty("skalaMutu") Skala skalaMutu) {
        return of(nama, unsur, bobotDicetak, faktorKonversi, skalaMutu);
    }

    /**
     * Obtains a guideline, for a regulation that has no preset.
     *
     * @param nama the name of the regulation, not blank
     * @param unsur the unsur in order, distinct and not blank; copied
     * @param bobotDicetak the weight of one unsur as printed, above 0
     * @param faktorKonversi the factor from IKM unit to IKM, above 0, for example 25
     * @param skalaMutu the mutu bands on the converted IKM, at least two, whose bounds divide
     *     exactly by the factor
     * @return the guideline, never null
     * @throws SakipException when an argument is null, blank, repeated or out of range, or a number
     *     has more than 1000 digits in plain form
     */
    public static PedomanIkm of(String nama, List<String> unsur,
            BigDecimal bobotDicetak, BigDecimal faktorKonversi, Skala skalaMutu) {
        return ImmutablePedomanIkm.of(Checks.notBlank(nama, "PedomanIkm.nama"),
                Checks.noNullElements(unsur, "PedomanIkm.unsur"),
                Checks.boundedDigits(bobotDicetak, "PedomanIkm.bobotDicetak"),
                Checks.boundedDigits(faktorKonversi, "PedomanIkm.faktorKonversi"),
                Checks.notNull(skalaMutu, "PedomanIkm.skalaMutu"));
    }

    /**
     * The number of unsur: 9 under PermenPANRB 14/2017, 14 under KepmenPAN 25/2004.
     *
     * @return the number of unsur, 1 or more
     */
    public int getJumlahUnsur() {
        return getUnsur().size();
    }

    /**
     * The weight of each unsur under a weight policy: 1/9 exact or 111/1000 printed.
     *
     * @param bobot the policy, not null
     * @return the weight, exact, never null
     */
    public Pecahan bobot(BobotIkm bobot) {
        Checks.notNull(bobot, "PedomanIkm.bobot bobot");
        return bobot == BobotIkm.EKSAK ? Pecahan.of(1, getJumlahUnsur()) : Pecahan.of(getBobotDicetak());
    }

    /**
     * The mutu bands on the NRR scale (IKM unit, 1-4): the bounds of {@link #getSkalaMutu()}
     * divided by the factor. Under PermenPANRB 14/2017: D below 2,60, C from 2,60, B from 3,0644,
     * A from 3,5324, exactly the printed NRR column with its gaps closed.
     *
     * @return the scale, same labels as {@link #getSkalaMutu()}, never null
     */
    public Skala getSkalaNrr() {
        List<Pita> pita = new ArrayList<>();
        for (Pita p : getSkalaMutu().getPita()) {
            Optional<Batas> bawah = p.getBawah().map(this::bagiFaktor);
            Optional<Batas> atas = p.getAtas().map(this::bagiFaktor);
            if (bawah.isPresent() && atas.isPresent()) {
                pita.add(Pita.of(bawah.get(), atas.get(), p.getLabel()));
            } else if (atas.isPresent()) {
                pita.add(Pita.hingga(atas.get(), p.getLabel()));
            } else {
                pita.add(Pita.mulai(bawah.orElseThrow(), p.getLabel()));
            }
        }
        return Skala.of(getSkalaMutu().getNama() + ", on the NRR scale (bounds / "
                + getFaktorKonversi().toPlainString() + ")", pita);
    }

    private Batas bagiFaktor(Batas b) {
        BigDecimal nilai;
        try {
            nilai = b.getNilai().divide(getFaktorKonversi());
        } catch (ArithmeticException e) {
            throw new SakipException("PedomanIkm \"" + getNama() + "\": mutu bound " + b.getNilai().toPlainString()
                    + " must divide exactly by faktorKonversi " + getFaktorKonversi().toPlainString(), e);
        }
        return b.isInklusif() ? Batas.inklusif(nilai) : Batas.eksklusif(nilai);
    }

    /**
     * The lowest converted IKM a survey can give: every answer 1, times the factor (25).
     *
     * @return the minimum, never null
     */
    public BigDecimal getNilaiMinimum() {
        return getFaktorKonversi().multiply(BigDecimal.valueOf(JAWABAN_MIN));
    }

    /**
     * The highest converted IKM a survey can give: every answer 4, times the factor (100).
     *
     * @return the maximum, never null
     */
    public BigDecimal getNilaiMaksimum() {
        return getFaktorKonversi().multiply(BigDecimal.valueOf(JAWABAN_MAKS));
    }

    /**
     * The mutu of an IKM as a report prints it: 85,48 (Klojen LKjIP 2021) is
     * {@code B (Baik)} under PermenPANRB 14/2017.
     *
     * @param nilaiKonversi the converted IKM, {@link #getNilaiMinimum()} to
     *     {@link #getNilaiMaksimum()} (25-100), not null
     * @return the mutu, never null
     * @throws SakipException when the value is null or out of range
     */
    public Predikat mutu(BigDecimal nilaiKonversi) {
        Checks.notNull(nilaiKonversi, "IKM nilai");
        Checks.check(nilaiKonversi.compareTo(getNilaiMinimum()) >= 0 && nilaiKonversi.compareTo(getNilaiMaksimum()) <= 0,
                "IKM nilai must be between %s and %s under %s, was %s", getNilaiMinimum().toPlainString(),
                getNilaiMaksimum().toPlainString(), getNama(), nilaiKonversi.toPlainString());
        return getSkalaMutu().predikat(nilaiKonversi);
    }

    @Value.Check
    void check() {
        Checks.check(!getUnsur().isEmpty(), "PedomanIkm.unsur must not be empty in \"%s\"", getNama());
        HashSet<String> seen = new HashSet<>();
        for (String u : getUnsur()) {
            Checks.notBlank(u, "PedomanIkm.unsur");
            Checks.check(seen.add(u), "PedomanIkm.unsur must not repeat \"%s\" in \"%s\"", u, getNama());
        }
        Checks.check(getBobotDicetak().signum() > 0, "PedomanIkm.bobotDicetak must be > 0, was %s",
                getBobotDicetak().toPlainString());
        Checks.check(getFaktorKonversi().signum() > 0, "PedomanIkm.faktorKonversi must be > 0, was %s",
                getFaktorKonversi().toPlainString());
        Checks.check(getSkalaMutu().getPita().size() >= 2, "PedomanIkm.skalaMutu must have at least two bands, was %s",
                getSkalaMutu());
        getSkalaNrr();
    }

    /**
     * The guideline as text: its name and number of unsur.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "PedomanIkm[" + getNama() + ", " + getJumlahUnsur() + " unsur]";
    }
}
