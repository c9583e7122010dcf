package io.github.sakip.reviu;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.capaian.ButirCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.format.BacaanDesimal;
import io.github.sakip.format.PembacaTerbilang;
import io.github.sakip.format.Terbilang;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reviu of a whole LKjIP, as the APIP (inspektorat) does before the report is published
 * (PermenPANRB 53/2014): every printed figure of a {@link DataLkjip} is checked against what the
 * report's own data give, recomputed by the library's calculators ({@link PerhitunganLkjip}).
 *
 * <ul>
 *   <li>a datum (target, realisasi, pagu, realisasi anggaran, the year before's penyerapan) printed at
 *       several places must be the same everywhere: a figure that differs from the data is
 *       {@link JenisTemuan#TIDAK_KONSISTEN}, naming the place that prints the data's figure. The
 *       pagu or realisasi of a sasaran with a single program is that program's amount printed
 *       again, so it is compared the same way; when the agency's printed total agrees with one
 *       figure, the finding says so (Klojen: 15.411.591.203, not 15.411.491.203, makes the total
 *       37.354.300.278). A realisasi printed beside its raw counts (588 Linmas / 679 RT) is also
 *       checked against them;</li>
 *   <li>a derived figure (capaian, average, ratio, change, progress, penyerapan and its change
 *       from the year before in percentage points, roll-up, total, efficiency) goes to the
 *       {@link Pemeriksa} at its printed scale (a decrease stated as "turun" is printed negative, so
 *       a fall printed as a rise is an error):
 *       {@link JenisTemuan#PEMBULATAN} when another rounding mode gives it,
 *       {@link JenisTemuan#KESALAHAN} otherwise. A capaian printed beside a target and realisasi
 *       that differ from the data is also recomputed from those printed figures, in the note, to
 *       show whether the sum or the inputs went wrong. A program indicator's capaian is checked
 *       against its printed realisasi and, when the report states them, against its raw counts;
 *       when both disagree with it, one {@link JenisTemuan#KESALAHAN} names both (Klojen 2021:
 *       133,7 printed, 0,87 / 0,65 x 100 = 133,85, 588 / 679 RT against 0,65 = 133,23).
 *       The efficiency and the unspent share ("efisiensi 10,51") take, as Tabel 3.4 does, the
 *       capaian and penyerapan printed in the same row, when the row prints them (they are checked
 *       at their own places), else the data's rounded by {@link PerhitunganLkjip#getPembulatanMasukan()};</li>
 *   <li>a count stated in words ("hanya 1 (satu) yang berhasil") is recounted:
 *       {@link JenisTemuan#PERNYATAAN};</li>
 *   <li>a number printed with its words must match them ({@link Terbilang}, decimals as a number
 *       or digit by digit): "76,57 (tujuh puluh enam koma dua puluh enam)" is
 *       {@link JenisTemuan#TIDAK_KONSISTEN}, the words saying 76,26.</li>
 * </ul>
 * Figures that cannot be checked (their data missing, or refused by a calculator) are listed in
 * {@link HasilReviu#getCatatan()}.
 *
 * <p>Policies, with defaults ({@link #standar()}): the {@link Pemeriksa} (expected rounding
 * {@code HALF_UP}, tolerance 0) and the {@link RumusCapaian} (its polarity variants; its rounding
 * is not used, the Pemeriksa asks for the printed scale).
 * <pre>{@code
 * HasilReviu hasil = ReviuLkjip.standar().periksa(data);
 * hasil.getTemuan(JenisTemuan.KESALAHAN);   // Klojen 2021: 122,56 for 122,63, 106,33 for 106,35, ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReviuLkjip {

    private static final ReviuLkjip STANDAR = new ReviuLkjip(Pemeriksa.standar(), RumusCapaian.standar());

    private final Pemeriksa pemeriksa;
    private final RumusCapaian rumusCapaian;

    private ReviuLkjip(Pemeriksa pemeriksa, RumusCapaian rumusCapaian) {
        this.pemeriksa = pemeriksa;
        this.rumusCapaian = rumusCapaian;
    }

    /**
     * The reviu with the default policies: {@link Pemeriksa#standar()}, {@link RumusCapaian#standar()}.
     *
     * @return the reviu, never null
     */
    public static ReviuLkjip standar() {
        return STANDAR;
    }

    /**
     * A copy with another reviewer policy, for example a tolerance of 0,01.
     *
     * @param pemeriksa the reviewer, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public ReviuLkjip withPemeriksa(Pemeriksa pemeriksa) {
        return new ReviuLkjip(Checks.notNull(pemeriksa, "ReviuLkjip.pemeriksa"), rumusCapaian);
    }

    /**
     * A copy that recomputes capaian with another formula policy.
     *
     * @param rumus the capaian calculator, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public ReviuLkjip withRumusCapaian(RumusCapaian rumus) {
        return new ReviuLkjip(pemeriksa, Checks.notNull(rumus, "ReviuLkjip.rumusCapaian"));
    }

    /**
     * The reviewer policy.
     *
     * @return the reviewer, never null
     */
    public Pemeriksa getPemeriksa() {
        return pemeriksa;
    }

    /**
     * The capaian calculator.
     *
     * @return the calculator, never null
     */
    public RumusCapaian getRumusCapaian() {
        return rumusCapaian;
    }

    /**
     * Reviews a report.
     *
     * @param data the report's data and printed figures, not null
     * @return the findings and the notes, never null
     * @throws SakipException when the argument is null
     */
    public HasilReviu periksa(DataLkjip data) {
        Checks.notNull(data, "ReviuLkjip data");
        KebijakanLaporan k = data.getKebijakan();
        Pemeriksa pem = k.getPembulatan().map(x -> pemeriksa.withRoundingMode(x.getRoundingMode())).orElse(pemeriksa);
        RumusCapaian rumus = k.getVarianNegatif().map(rumusCapaian::withVarianNegatif).orElse(rumusCapaian);
        Pemeriksaan p = new Pemeriksaan(PerhitunganLkjip.of(data).withRumusCapaian(rumus), pem, rumus);
        for (AngkaDicetak a : data.getDicetak()) {
            try {
                switch (a.getBesaran().getJenis().getSifat()) {
                    case DATA -> p.datum(a);
                    case TURUNAN -> p.turunan(a);
                    case JUMLAH -> p.jumlah(a);
                    default -> throw new IllegalStateException("unknown Sifat");
                }
            } catch (SakipException e) {
                p.catatan.add(a.getLokasi() + ": tidak diperiksa: " + e.getMessage());
            }
        }
        data.getTerbilang().forEach(p::terbilang);
        new PemeriksaanAnggaran(pem, p.temuan, p.catatan).periksa(data.getAnggaranDicetak());
        int angkaAnggaran = data.getAnggaranDicetak().stream().mapToInt(BarisAnggaranDicetak::getJumlahAngka).sum();
        return p.pengenal.ringkas(data.getDicetak().size() + data.getTerbilang().size() + angkaAnggaran, p.temuan,
                p.catatan);
    }

    /** The state of one reviu: the data, the findings and notes so far. */
    private final class Pemeriksaan {
        private final PerhitunganLkjip hitung;
        private final DataLkjip data;
        private final List<Temuan> temuan = new ArrayList<>();
        private final List<String> catatan = new ArrayList<>();
        private final Pemeriksa pemeriksa;
        private final RumusCapaian rumusCapaian;
        private final PengenalKebijakan pengenal;

        Pemeriksaan(PerhitunganLkjip hitung, Pemeriksa pemeriksa, RumusCapaian rumusCapaian) {
            this.hitung = hitung;
            this.data = hitung.getData();
            this.pemeriksa = pemeriksa;
            this.rumusCapaian = rumusCapaian;
            this.pengenal = new PengenalKebijakan(data.getKebijakan(), pemeriksa.getRoundingMode());
        }

        void datum(AngkaDicetak a) {
            Besaran b = a.getBesaran();
            Optional<BigDecimal> nilai = hitung.hitung(b).flatMap(Hitungan::getEksak);
            if (nilai.isEmpty()) {
                catatan.add(a.getLokasi() + ": tidak diperiksa: data tidak memuat " + b);
                return;
            }
            bandingkan(a, b, nilai.get(), "");
            rincian(b).ifPresent(r -> add(pemeriksa.periksa(a.getLokasi(), a.getNilai(),
                            r.getPembilang().multiply(r.getPengali()), r.getPenyebut(),
                            "dari rincian " + Teks.rumus(r.toString()) + kutipan(a))));
        }

        void turunan(AngkaDicetak a) {
            Besaran b = a.getBesaran();
            JenisBesaran jenis = b.getJenis();
            Optional<Program> satuProgram = b.getSasaran().map(this::program).filter(ps -> ps.size() == 1)
                    .map(ps -> ps.get(0));
            if (satuProgram.isPresent()
                    && (jenis == JenisBesaran.PAGU_SASARAN || jenis == JenisBesaran.REALISASI_ANGGARAN_SASARAN)) {
                Besaran same = Besaran.program(jenis == JenisBesaran.PAGU_SASARAN ? JenisBesaran.PAGU
                        : JenisBesaran.REALISASI_ANGGARAN, satuProgram.get());
                hitung.hitung(same).flatMap(Hitungan::getEksak).ifPresent(v -> bandingkan(a, same, v,
                        "jumlah yang sama dengan satu-satunya program sasaran ini, " + satuProgram.get().getNama()));
                return;
            }
            if (jenis == JenisBesaran.EFISIENSI || jenis == JenisBesaran.SISA_ANGGARAN_SASARAN) {
                efisiensi(a, b.getSasaran().get());
                return;
            }
            Optional<Hitungan> h = hitung.hitung(b);
            if (h.isEmpty()) {
                catatan.add(a.getLokasi() + ": tidak diperiksa: data tidak memberi " + b);
                return;
            }
            String rumus = h.get().getKeterangan() + " = " + Teks.angka(h.get().bulatkan(Pembulatan.of(
                    Teks.skalaDihitung(a.getNilai()), pemeriksa.getRoundingMode()))) + beside(a);
            List<Opsi> opsi = new ArrayList<>(hitung.opsi(b));
            opsi.addAll(opsiDicetak(a, h.get()));
            pengenal.catat(a, h.get(), opsi);
            Optional<Temuan> bawaan = pemeriksa.periksa(a.getLokasi(), a.getNilai(), h.get()::bulatkan,
                    rumus + kutipan(a)).flatMap(t -> tinjau(a, t, opsi));
            Optional<Capaian> rincian = jenis == JenisBesaran.CAPAIAN_PROGRAM
                    ? hitung.capaianRincian(b.getIndikatorProgram().get()) : Optional.empty();
            if (rincian.isEmpty()) {
                add(bawaan);
                return;
            }
            Capaian c = rincian.get();
            String dariRincian = "dari rincian " + Teks.rumus(b.getIndikatorProgram().get().getRincian().get()
                    .toString()) + ": " + Teks.rumus(c.getKeterangan()) + " = "
                    + Teks.angka(c.getPersen(Pembulatan.STANDAR).getNilai());
            Optional<Temuan> dariData = pemeriksa.periksa(a.getLokasi(), a.getNilai(), p -> c.getPersen(p).getNilai(),
                    dariRincian + kutipan(a));
            if (isKesalahan(bawaan) && isKesalahan(dariData)) {
                // one printed figure, one error: a finding naming both the printed ratio's capaian and the counts'
                add(Optional.of(Temuan.of(a.getLokasi(), JenisTemuan.KESALAHAN, a.getNilai(),
                        bawaan.get().getDihitung(), null, rumus + "; " + dariRincian + kutipan(a))));
                return;
            }
            add(bawaan);
            add(dariData);
        }

        void jumlah(AngkaDicetak a) {
            Hitungan h = hitung.hitung(a.getBesaran()).orElseThrow();
            long dihitung = h.getEksak().get().longValueExact();
            String ket = a.getKutipan().map(q -> "\"" + q + "\"; ").orElse("") + "data: " + h.getKeterangan();
            add(pemeriksa.periksaPernyataan(a.getLokasi(), a.getNilai().longValueExact(), dihitung, ket));
        }

        void terbilang(TerbilangDicetak t) {
            if (PembacaTerbilang.isTerbilang(t.getKata(), t.getAngka())) {
                return;
            }
            String bilangan = Terbilang.of(t.getAngka(), BacaanDesimal.BILANGAN);
            Optional<BigDecimal> dibaca = PembacaTerbilang.baca(t.getKata());
            String ket = dibaca.map(v -> "kata \"" + t.getKata() + "\" berarti " + Teks.angka(v))
                    .orElse("\"" + t.getKata() + "\" bukan kata bilangan") + "; " + Teks.angka(t.getAngka())
                    + " dibaca \"" + bilangan + "\"";
            temuan.add(Temuan.of(t.getLokasi(), JenisTemuan.TIDAK_KONSISTEN, t.getAngka(),
                    dibaca.orElse(t.getAngka()), null, ket));
        }

        /**
         * An error under the default policy, judged again: consistent when the rounded inputs it
         * is computed from stand for values that give it (printed precision), else explained by
         * another legitimate policy ({@link JenisTemuan#VARIAN}), else an error.
         */
        private Optional<Temuan> tinjau(AngkaDicetak a, Temuan t, List<Opsi> opsi) {
            if (t.getJenis() == JenisTemuan.PEMBULATAN && t.getPembulatanDicetak().filter(m -> m == RoundingMode.HALF_UP
                    || m == RoundingMode.DOWN).isEmpty()) {
                // an unusual rounding of the default (UP, HALF_EVEN, ...) explains less than another policy would
                return Optional.of(pengenal.jelaskan(a, opsi).map(o -> varian(a, t, o)).orElse(t));
            }
            if (t.getJenis() != JenisTemuan.KESALAHAN) {
                return Optional.of(t);
            }
            int skala = a.getNilai().scale();
            if (hitung.rentang(a.getBesaran(), skala).filter(r -> r.memuat(a.getNilai())).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(pengenal.jelaskan(a, opsi).map(o -> varian(a, t, o)).orElse(t));
        }

        private Temuan varian(AngkaDicetak a, Temuan t, Opsi o) {
            return Temuan.varian(a.getLokasi(), a.getNilai(), t.getDihitung(), o.nama(), o.nama() + ": "
                    + o.hitungan().getKeterangan() + " = " + Teks.angka(o.hitungan().bulatkan(Pembulatan.of(
                            Teks.skalaDihitung(a.getNilai()), pemeriksa.getRoundingMode()))) + "; bawaan: "
                    + t.getKeterangan());
        }

        /** The counts behind a printed realisasi: a program indicator's, or an indicator's of the report's year. */
        private Optional<Rincian> rincian(Besaran b) {
            if (b.getJenis() == JenisBesaran.REALISASI_PROGRAM) {
                return b.getIndikatorProgram().flatMap(IndikatorProgram::getRincian);
            }
            return b.getJenis() == JenisBesaran.REALISASI && b.getTahun().filter(data.getTahun()::equals).isPresent()
                    ? Optional.ofNullable(data.getRincian().get(b.getIndikator().get())) : Optional.empty();
        }

        /** A figure of a datum against the data's value, naming the place that prints the data's value. */
        private void bandingkan(AngkaDicetak a, Besaran b, BigDecimal nilai, String awal) {
            if (a.getNilai().compareTo(nilai) == 0) {
                return; // Pemeriksa.bandingkan would agree too; this skips the search, which is linear per figure
            }
            if (a.getNilai().scale() < nilai.stripTrailingZeros().scale()
                    && nilai.setScale(a.getNilai().scale(), RoundingMode.HALF_UP).compareTo(a.getNilai()) == 0) {
                return; // printed precision: 0,19 printed for the 0,186 the data state is the same datum, rounded
            }
            Lokasi sumber = data.getDicetak().stream()
                    .filter(x -> x.getBesaran().equals(b) && x.getNilai().compareTo(nilai) == 0)
                    .map(AngkaDicetak::getLokasi).findFirst()
                    .orElse(Lokasi.of("data", b.toString(), "nilai"));
            add(pemeriksa.bandingkan(a.getLokasi(), a.getNilai(), sumber, nilai, join(awal, total(b, a.getNilai(), nilai),
                    a.getKutipan().map(q -> "\"" + q + "\"").orElse(""))));
        }

        /** Which of two amounts of a program the agency's printed total confirms. */
        private String total(Besaran b, BigDecimal dicetak, BigDecimal nilai) {
            JenisBesaran jenisTotal = b.getJenis() == JenisBesaran.PAGU ? JenisBesaran.TOTAL_PAGU
                    : b.getJenis() == JenisBesaran.REALISASI_ANGGARAN ? JenisBesaran.TOTAL_REALISASI_ANGGARAN : null;
            if (jenisTotal == null) {
                return "";
            }
            Besaran besaranTotal = Besaran.laporan(jenisTotal);
            Optional<BigDecimal> total = hitung.hitung(besaranTotal).flatMap(Hitungan::getEksak);
            Optional<AngkaDicetak> confirms = total.flatMap(t -> data.getDicetak().stream()
                    .filter(x -> x.getBesaran().equals(besaranTotal) && x.getNilai().compareTo(t) == 0).findFirst());
            return confirms.map(c -> "total yang dicetak di " + c.getLokasi() + ", " + Teks.angka(c.getNilai())
                    + ", sesuai dengan " + Teks.angka(nilai) + " (dengan " + Teks.angka(dicetak) + " total menjadi "
                    + Teks.angka(total.get().subtract(nilai).add(dicetak)) + ")").orElse("");
        }

        /** Tabel 3.4: efficiency from the capaian and penyerapan printed in the same row, else from the data. */
        private void efisiensi(AngkaDicetak a, Sasaran sasaran) {
            Optional<Persen> capaian = sasaran.getIndikator().size() == 1 ? beside(a,
                    Besaran.indikator(JenisBesaran.CAPAIAN, sasaran.getIndikator().get(0), data.getTahun()))
                    : Optional.empty();
            Optional<Persen> penyerapan = beside(a, Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, sasaran));
            Optional<Efisiensi> dariData = hitung.efisiensi(sasaran);
            Optional<Persen> c = capaian.or(() -> dariData.map(Efisiensi::getCapaian));
            Optional<Persen> s = penyerapan.or(() -> dariData.map(Efisiensi::getPenyerapan));
            if (c.isEmpty() || s.isEmpty()) {
                catatan.add(a.getLokasi() + ": tidak diperiksa: data tidak memberi capaian atau penyerapan sasaran "
                        + sasaran.getNama());
                return;
            }
            String asal = capaian.isPresent() && penyerapan.isPresent() ? " (seperti dicetak di baris yang sama)"
                    : " (dari data, dibulatkan " + Teks.pembulatan(hitung.getPembulatanMasukan()) + ")";
            if (a.getBesaran().getJenis() == JenisBesaran.EFISIENSI) {
                add(pemeriksa.periksa(a.getLokasi(), a.getNilai(), p -> RumusEfisiensi.standar().withPembulatan(p)
                        .hitung(c.get(), s.get()).getNilai().getNilai(), Teks.angka(c.get().getNilai()) + " / "
                        + Teks.angka(s.get().getNilai()) + " x 100" + asal + kutipan(a)));
            } else {
                Persen sisa = RumusEfisiensi.standar().hitung(c.get(), s.get()).getPenghematan();
                add(pemeriksa.periksa(a.getLokasi(), a.getNilai(), sisa.getNilai(), "100 - "
                        + Teks.angka(s.get().getNilai()) + asal + kutipan(a)));
            }
        }

        /** The figure of a quantity printed in the same row (same table and row) as {@code a}. */
        private Optional<Persen> beside(AngkaDicetak a, Besaran b) {
            return data.getDicetak().stream().filter(x -> x.getBesaran().equals(b) && sameRow(x, a))
                    .map(x -> Persen.of(x.getNilai())).findFirst();
        }

        /** For a capaian printed beside a target and realisasi that differ from the data: the capaian of those. */
        private String beside(AngkaDicetak a) {
            Besaran b = a.getBesaran();
            if (b.getJenis() == JenisBesaran.RATA_RATA_CAPAIAN) {
                return rataRataDicetak(a);
            }
            if (b.getJenis() != JenisBesaran.CAPAIAN) {
                return "";
            }
            Indikator i = b.getIndikator().get();
            Optional<AngkaDicetak> t = printed(a, Besaran.indikator(JenisBesaran.TARGET, i, b.getTahun().get()));
            Optional<AngkaDicetak> r = printed(a, Besaran.indikator(JenisBesaran.REALISASI, i, b.getTahun().get()));
            if (t.isEmpty() || r.isEmpty() || t.get().getNilai().signum() <= 0) {
                return "";
            }
            // present: the capaian was recomputed before its note is written
            Capaian dariData = hitung.capaian(i, b.getTahun().get()).orElseThrow();
            if (dariData.getTarget().getBawah().compareTo(t.get().getNilai()) == 0
                    && dariData.getRealisasi().getNilai().compareTo(r.get().getNilai()) == 0) {
                return "";
            }
            Capaian c = rumusCapaian.hitung(i, Target.of(b.getTahun().get(), t.get().getNilai()),
                    Realisasi.of(b.getTahun().get(), r.get().getNilai()));
            return "; dari target dan realisasi yang dicetak di sampingnya, " + Teks.rumus(c.getKeterangan()) + " = "
                    + Teks.angka(c.getPersen(Pembulatan.of(Teks.skalaDihitung(a.getNilai()),
                            pemeriksa.getRoundingMode())).getNilai());
        }

        /**
         * A mean or sum of capaian, computed as the report may: from the capaian it prints in the same
         * table (the default takes the data's capaian), when it prints every one of them.
         */
        private List<Opsi> opsiDicetak(AngkaDicetak a, Hitungan bawaan) {
            JenisBesaran jenis = a.getBesaran().getJenis();
            if (jenis != JenisBesaran.RATA_RATA_CAPAIAN && jenis != JenisBesaran.JUMLAH_CAPAIAN) {
                return List.of();
            }
            List<ButirCapaian> butir = capaianDicetak(a);
            if (butir.isEmpty() || butir.size() != data.getPerjanjianKinerja().getIndikator().size()) {
                return List.of();
            }
            String rumus = "(" + String.join(" + ", butir.stream().map(x -> Teks.angka(x.getPersen().get().getNilai()))
                    .toList()) + ")";
            Hitungan dariDicetak = jenis == JenisBesaran.JUMLAH_CAPAIAN
                    ? Hitungan.eksak(butir.stream().map(x -> x.getPersen().get().getNilai())
                            .reduce(BigDecimal.ZERO, BigDecimal::add), rumus)
                    : Hitungan.of(p -> rataRataDicetak(butir, p).getNilai(), rumus + " / " + butir.size());
            return List.of(new Opsi(Opsi.DASAR_RATA_RATA, "dari capaian data", true, bawaan),
                    new Opsi(Opsi.DASAR_RATA_RATA, "dari capaian yang dicetak", false, dariDicetak));
        }

        /**
         * The capaian of the agreement's indicators, of the year of a mean or sum, as printed in its
         * table; a mean in running text, whose paragraph prints no capaian, repeats a table's: then
         * as printed in a table.
         */
        private List<ButirCapaian> capaianDicetak(AngkaDicetak a) {
            List<ButirCapaian> butir = new ArrayList<>();
            for (Indikator i : data.getPerjanjianKinerja().getIndikator()) {
                Besaran c = Besaran.indikator(JenisBesaran.CAPAIAN, i, a.getBesaran().getTahun().orElse(data.getTahun()));
                List<AngkaDicetak> semua = data.getDicetak().stream().filter(x -> x.getBesaran().equals(c)).toList();
                semua.stream().filter(x -> x.getLokasi().getTabel().equals(a.getLokasi().getTabel())).findFirst()
                        .or(() -> a.getKutipan().isEmpty() ? Optional.empty() : semua.stream()
                                .filter(x -> x.getKutipan().isEmpty()).findFirst())
                        .ifPresent(x -> butir.add(ButirCapaian.of(i.getNama(), Persen.of(x.getNilai()))));
            }
            return butir;
        }

        /** For an average: the mean of the capaian printed in the same table, as a reader checks it. */
        private String rataRataDicetak(AngkaDicetak a) {
            List<ButirCapaian> butir = capaianDicetak(a);
            if (butir.isEmpty()) {
                return "";
            }
            Persen mean = rataRataDicetak(butir, Pembulatan.of(a.getNilai().scale(), pemeriksa.getRoundingMode()));
            return "; rata-rata capaian yang dicetak di tabel yang sama, ("
                    + String.join(" + ", butir.stream().map(x -> Teks.angka(x.getPersen().get().getNilai())).toList())
                    + ") / " + butir.size() + " = " + Teks.angka(mean.getNilai());
        }

        /** The mean of printed capaian ({@link RataRataCapaian#standar()}: of the figures as printed), rounded once. */
        private Persen rataRataDicetak(List<ButirCapaian> butir, Pembulatan p) {
            return RataRataCapaian.standar().withPembulatan(p).rekapButir("dicetak", butir).getRataRata().get();
        }

        private Optional<AngkaDicetak> printed(AngkaDicetak a, Besaran b) {
            return data.getDicetak().stream().filter(x -> x.getBesaran().equals(b) && sameRow(x, a)
                    && x.getKutipan().equals(a.getKutipan())).findFirst();
        }

        private List<Program> program(Sasaran s) {
            return data.getPerjanjianKinerja().getKomitmen().stream().filter(k -> k.getSasaran().equals(s))
                    .findFirst().map(k -> k.getProgram()).orElse(List.of());
        }

        private void add(Optional<Temuan> t) {
            t.ifPresent(temuan::add);
        }
    }

    private static String join(String... parts) {
        return String.join("; ", Arrays.stream(parts).filter(x -> !x.isEmpty()).toList());
    }

    private static boolean isKesalahan(Optional<Temuan> t) {
        return t.filter(x -> x.getJenis() == JenisTemuan.KESALAHAN).isPresent();
    }

    private static boolean sameRow(AngkaDicetak x, AngkaDicetak a) {
        return x.getLokasi().getTabel().equals(a.getLokasi().getTabel())
                && x.getLokasi().getBaris().equals(a.getLokasi().getBaris());
    }

    private static String kutipan(AngkaDicetak a) {
        return a.getKutipan().map(q -> "; \"" + q + "\"").orElse("");
    }

    /**
     * The policies as text.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "ReviuLkjip[" + pemeriksa + ", " + rumusCapaian + "]";
    }
}
