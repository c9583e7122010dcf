package io.github.sakip.reviu;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.pengukuran.RataRataKeseluruhan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The other legitimate ways to compute a printed capaian or mean, under the policies the report
 * does not declare: a cap at 100, 120 or 150, the other formula for lower-is-better indicators,
 * the realisasi from the counts behind it, the agreement's mean of its sasaran's means rather than
 * of its indicators ({@link RataRataKeseluruhan#DARI_SASARAN}) and its mean with the other
 * formula for lower-is-better indicators (the report's year only: earlier years have no
 * Perjanjian Kinerja to measure). Each family lists its default first. A mean under
 * another cap is the {@link HitunganPengukuran measurement}'s under that cap; a single capaian is
 * capped here, as {@code RumusPengukuran} caps an indicator only by its own rule.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OpsiPerhitungan {

    /** The caps reports are seen to use, with none first: the options a reviu tries. */
    private static final List<BatasAtasCapaian> BATAS_DIKENAL = List.of(BatasAtasCapaian.TANPA,
            BatasAtasCapaian.SERATUS, BatasAtasCapaian.SERATUS_DUA_PULUH, BatasAtasCapaian.SERATUS_LIMA_PULUH);

    private final HitunganIndikator indikator;
    private final HitunganIndikatorProgram indikatorProgram;
    private final HitunganPengukuran pengukuran;

    OpsiPerhitungan(HitunganIndikator indikator, HitunganIndikatorProgram indikatorProgram,
            HitunganPengukuran pengukuran) {
        this.indikator = indikator;
        this.indikatorProgram = indikatorProgram;
        this.pengukuran = pengukuran;
    }

    List<Opsi> opsi(Besaran besaran) {
        List<Opsi> out = new ArrayList<>();
        DataLkjip data = indikator.data();
        switch (besaran.getJenis()) {
            case CAPAIAN -> indikator.capaian(besaran.getIndikator().get(), besaran.getTahun().get())
                    .ifPresent(c -> opsiCapaian(c, out));
            case CAPAIAN_PROGRAM -> indikatorProgram.capaian(besaran.getIndikatorProgram().get())
                    .ifPresent(c -> opsiCapaian(c, out));
            case RATA_RATA_CAPAIAN -> {
                Tahun tahun = besaran.getTahun().orElse(data.getTahun());
                if (data.getKebijakan().getBatasAtasCapaian().isEmpty()) {
                    for (BatasAtasCapaian b : BATAS_DIKENAL) {
                        pengukuran.rataRata(b, tahun).ifPresent(h -> out.add(
                                new Opsi(Opsi.BATAS_ATAS, namaBatas(b), b.getNilai().isEmpty(), h)));
                    }
                }
                if (tahun.equals(data.getTahun())) {
                    for (RataRataKeseluruhan k : RataRataKeseluruhan.values()) {
                        pengukuran.rataRata(indikator.batasAtas(), k).ifPresent(h -> out.add(new Opsi(
                                Opsi.RATA_RATA_KESELURUHAN, k == RataRataKeseluruhan.DARI_INDIKATOR
                                        ? "rata-rata semua indikator" : "rata-rata dari rata-rata sasaran",
                                k == RataRataKeseluruhan.DARI_INDIKATOR, h)));
                    }
                    if (data.getKebijakan().getVarianNegatif().isEmpty() && data.getPerjanjianKinerja()
                            .getIndikator().stream().anyMatch(i -> i.getPolaritas() == Polaritas.NEGATIF)) {
                        for (VarianNegatif v : VarianNegatif.values()) {
                            try {
                                pengukuran.rataRata(v).ifPresent(h -> out.add(new Opsi(Opsi.RUMUS_NEGATIF,
                                        namaRumus(v), v == VarianNegatif.PERMENPANRB, h)));
                            } catch (SakipException e) {
                                // RASIO of a realisasi of 0 is undefined: not an option for this mean
                            }
                        }
                    }
                }
            }
            default -> {
                // no other policy applies
            }
        }
        return out;
    }

    private static String namaRumus(VarianNegatif v) {
        return v == VarianNegatif.RASIO ? "rumus RASIO, T / R x 100" : "rumus PermenPANRB 8/2021, (2T - R) / T x 100";
    }

    private static String namaBatas(BatasAtasCapaian b) {
        return b.getNilai().map(n -> "capaian dibatasi " + Teks.angka(n) + " %").orElse("capaian tanpa batas atas");
    }

    private void opsiCapaian(Capaian c, List<Opsi> out) {
        DataLkjip data = indikator.data();
        Optional<Rincian> rincian = c.getTarget().getTahun().equals(data.getTahun())
                ? Optional.ofNullable(data.getRincian().get(c.getIndikator())) : Optional.empty();
        if (rincian.isPresent()) {
            out.add(new Opsi(Opsi.DASAR_REALISASI, "realisasi seperti dicetak", true, indikator.hitungan(c)));
            out.add(new Opsi(Opsi.DASAR_REALISASI, "realisasi dari rincian", false, indikator.hitungan(
                    HitunganIndikatorProgram.capaianRincian(c.getRumus(), c.getIndikator(), c.getTarget(),
                            rincian.get()))));
        }
        if (data.getKebijakan().getBatasAtasCapaian().isEmpty()) {
            for (BatasAtasCapaian b : BATAS_DIKENAL) {
                out.add(new Opsi(Opsi.BATAS_ATAS, namaBatas(b), b.getNilai().isEmpty(),
                        HitunganIndikator.hitungan(c, b)));
            }
        }
        if (c.getIndikator().getPolaritas() == Polaritas.NEGATIF && data.getKebijakan().getVarianNegatif().isEmpty()
                && !c.getTarget().isRentang()) {
            for (VarianNegatif v : VarianNegatif.values()) {
                try {
                    Capaian lain = c.getRumus().withVarianNegatif(v).hitung(c.getIndikator(), c.getTarget(),
                            c.getRealisasi());
                    out.add(new Opsi(Opsi.RUMUS_NEGATIF, namaRumus(v), v == VarianNegatif.PERMENPANRB,
                            indikator.hitungan(lain)));
                } catch (SakipException e) {
                    // RASIO of a realisasi of 0 is undefined: not an option for this figure
                }
            }
        }
    }
}
