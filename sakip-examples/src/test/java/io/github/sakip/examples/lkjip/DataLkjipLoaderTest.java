package io.github.sakip.examples.lkjip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.VarianNegatif;
import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Program;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.AngkaDicetak;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.KebijakanLaporan;
import io.github.sakip.testing.Klojen2021;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataLkjipLoaderTest {

    private final StringWriter err = new StringWriter();

    private Optional<DataLkjip> load(String text) {
        return DataLkjipLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new Rejections(new PrintWriter(err, true)));
    }

    @Test
    void klojenFileHoldsTheWholeReport() {
        DataLkjip d = Klojen.DATA;
        assertThat(d.getInstansi()).isEqualTo("Kecamatan Klojen Kota Malang");
        assertThat(d.getTahun()).isEqualTo(Tahun.of(2021));
        assertThat(d.getRenstra().getIndikator()).hasSize(4);
        assertThat(d.getPerjanjianKinerja().getSasaran()).hasSize(3);
        assertThat(d.getPerjanjianKinerja().getProgram()).hasSize(5);
        assertThat(d.getPerjanjianKinerja().getTotalPagu().getAmount()).isEqualByComparingTo("40353401000");
        assertThat(d.getIndikatorProgram()).hasSize(7);
        assertThat(d.getIndikatorProgram().get(0).getRincian()).map(Object::toString).contains("588 / 679 x 1");
        assertThat(d.getTerbilang()).hasSize(13);
        assertThat(d.getDicetak()).hasSize(215);
        // Bab IV.A: "tercatat 96,30%" in 2020, against which 92,57 is "turun sebesar 3,73%"
        assertThat(d.getPenyerapanSebelumnya()).map(p -> p.getNilai()).contains(new BigDecimal("96.30"));
    }

    @Test
    void theExampleFileAgreesWithTheLibrarysKlojenFixture() {
        // two transcriptions of the same report: klojen-2021.lkjip here, Klojen2021 in sakip-core's test-jar
        PerjanjianKinerja file = Klojen.DATA.getPerjanjianKinerja();
        PerjanjianKinerja fixture = Klojen2021.perjanjianKinerja();
        assertThat(file.getTahun()).isEqualTo(fixture.getTahun());
        assertThat(file.getTotalPagu()).isEqualTo(fixture.getTotalPagu());
        assertThat(file.getSasaran()).extracting(Sasaran::getNama)
                .containsExactlyElementsOf(fixture.getSasaran().stream().map(Sasaran::getNama).toList());
        for (Program p : fixture.getProgram()) {
            Program q = file.getProgram().stream().filter(x -> x.getNama().equalsIgnoreCase(p.getNama())).findFirst()
                    .orElseThrow(() -> new AssertionError("program not in the file: " + p.getNama()));
            assertThat(q.getTotalPagu()).as(p.getNama()).isEqualTo(p.getTotalPagu());
            assertThat(q.getTotalRealisasi()).as(p.getNama()).isEqualTo(p.getTotalRealisasi());
        }
        for (Indikator i : fixture.getIndikator()) {
            Indikator j = file.findIndikator(i.getNama())
                    .orElseThrow(() -> new AssertionError("indicator not in the file: " + i.getNama()));
            assertThat(file.getTarget(j)).as(i.getNama()).isEqualTo(fixture.getTarget(i));
        }
        assertThat(Klojen.DATA.getPenyerapanSebelumnya()).contains(Klojen2021.PENYERAPAN_2020);
    }

    @Test
    void cellsOfTheDataSectionsArePrintedFiguresOfTheirTable() {
        // [realisasi];Tabel 3.2: IPMas 2019 printed 67,8 (one decimal)
        AngkaDicetak a = Klojen.DATA.getDicetak().stream()
                .filter(x -> x.getLokasi().getTabel().equals("Tabel 3.2") && x.getLokasi().getKolom().equals("2019")
                        && x.getBesaran().getIndikator().get().getNama().startsWith("Indeks Pembangunan"))
                .findFirst().orElseThrow();
        assertThat(a.getBesaran().getJenis()).isEqualTo(JenisBesaran.REALISASI);
        assertThat(a.getNilai()).isEqualTo(new BigDecimal("67.8"));
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheOthersRead() {
        Optional<DataLkjip> d = load(String.join("\n",
                "stray;row",
                "[laporan]",
                "kunci;nilai",
                "instansi;Contoh",
                "tahun;2021",
                "renstra;2019-2023",
                "warna;biru",
                "[sasaran];Tabel 2.1",
                "kode;sasaran",
                "S1;Sasaran satu",
                "[indikator];Tabel 2.3",
                "kode;sasaran;indikator;satuan;polaritas",
                "A;S1;Indikator A;persen;POSITIF",
                "B;S9;Indikator B;persen;POSITIF",
                "C;S1;Indikator C;persen;NAIK",
                "[perjanjian-kinerja];Tabel 2.4",
                "sasaran;indikator;target",
                "S1;A;1,2,3",
                "S1;A;80",
                "[program];Tabel 2.4",
                "kode;sasaran;program;anggaran",
                "P;S1;Program P;1.000",
                "[realisasi-anggaran];Tabel 3.4 (realisasi anggaran)",
                "program;anggaran;realisasi",
                "P;1.000;900;extra",
                "P;1.000;900",
                "[dicetak]",
                "tabel;baris;kolom;besaran;rujukan;tahun;dicetak;kutipan",
                "Tabel 3.4;P;%;PENYERAPAN;P;;90,00;",
                "Tabel 3.4;P;%;SERAPAN;P;;90,00;",
                "Tabel 3.4;P;%;PENYERAPAN;Q;;90,00;",
                "[sasaran]",
                ""));
        assertThat(d).isPresent();
        assertThat(d.get().getDicetak()).hasSize(5);
        assertThat(err.toString().lines()).containsExactly(
                "baris 1: row before the first [section]",
                "baris 32: section [sasaran] appears a second time; its rows were not read",
                "baris 7: [laporan] kunci \"warna\" must be instansi, tahun, renstra, penyerapan-sebelumnya or"
                        + " batas-atas-capaian, pembulatan, rumus-negatif, desimal",
                "baris 14: [indikator] sasaran \"S9\" is not defined; known: S1",
                "baris 15: [indikator] polaritas \"NAIK\" must be one of POSITIF, NEGATIF, STABIL",
                "baris 18: [perjanjian-kinerja] target: Angka \"1,2,3\" is not a number in Indonesian format: "
                        + "a second decimal comma at position 3, a number has at most one decimal comma",
                "baris 25: [realisasi-anggaran] expected 3 fields (program;anggaran;realisasi), found 4",
                "baris 30: [dicetak] besaran \"SERAPAN\" must be one of " + String.join(", ",
                        java.util.Arrays.stream(JenisBesaran.values()).map(Enum::name).toList()),
                "baris 31: [dicetak] program \"Q\" is not defined; known: P");
    }

    @Test
    void theReportsPoliciesAreReadFromLaporanAndSkala() {
        Optional<DataLkjip> d = load(String.join("\n",
                "[laporan]", "kunci;nilai", "instansi;Dinas Contoh", "tahun;2021", "renstra;2019-2023",
                "desimal;titik", "batas-atas-capaian;100", "pembulatan;DOWN 2", "rumus-negatif;RASIO",
                "penyerapan-sebelumnya;96.3",
                "[skala]", "batas;predikat", ";Rendah", ">=85;Tinggi", ">100;Sangat Tinggi",
                "[sasaran]", "kode;sasaran", "S1;Sasaran 1.1",
                "[indikator]", "kode;sasaran;indikator;satuan;polaritas", "A;S1;Indikator A;persen;POSITIF",
                "[realisasi]", "indikator;2021", "A;93.6",
                "[perjanjian-kinerja]", "sasaran;indikator;target", "S1;A;90",
                "[program]", "kode;sasaran;program;anggaran", "P;S1;Program 1.01;1.250.000.000",
                ""));
        assertThat(err.toString()).isEmpty();
        KebijakanLaporan k = d.orElseThrow().getKebijakan();
        assertThat(k.getBatasAtasCapaian()).contains(BatasAtasCapaian.SERATUS);
        assertThat(k.getPembulatan()).contains(Pembulatan.of(2, RoundingMode.DOWN));
        assertThat(k.getVarianNegatif()).contains(VarianNegatif.RASIO);
        assertThat(k.getSkala().orElseThrow().predikat(new BigDecimal("100")).getLabel()).isEqualTo("Tinggi");
        assertThat(k.getSkala().orElseThrow().predikat(new BigDecimal("100.01")).getLabel()).isEqualTo("Sangat Tinggi");
        // 93.6 is a decimal, 1.250.000.000 still thousands, a name with a point stays a name
        assertThat(d.get().getRenstra().getRealisasi(d.get().getRenstra().getIndikator().get(0), Tahun.of(2021)))
                .map(r -> r.getNilai()).contains(new BigDecimal("93.6"));
        assertThat(d.get().getPerjanjianKinerja().getTotalPagu().getAmount()).isEqualByComparingTo("1250000000");
        assertThat(d.get().getPerjanjianKinerja().getProgram().get(0).getNama()).isEqualTo("Program 1.01");
        assertThat(d.get().getPenyerapanSebelumnya()).map(p -> p.getNilai()).contains(new BigDecimal("96.3"));
    }

    @Test
    void budgetRowsDownToSubKegiatanKeepBlankCellsBlank() {
        Optional<DataLkjip> d = load(String.join("\n",
                "[laporan]", "kunci;nilai", "tahun;2021", "renstra;2019-2023",
                "[sasaran]", "kode;sasaran", "S1;Sasaran 1",
                "[indikator]", "kode;sasaran;indikator;satuan;polaritas", "A;S1;Indikator A;persen;POSITIF",
                "[perjanjian-kinerja]", "sasaran;indikator;target", "S1;A;90",
                "[anggaran-rinci];Tabel 3.6", "tingkat;nama;pagu;realisasi;persen",
                "PROGRAM;Program Penunjang;;;88,6",
                "KEGIATAN;Kegiatan A;1.000.000;950.000;95,00",
                "SUB KEGIATAN;Sub kegiatan A1;1.000.000;950.000;-",
                "BIDANG;x;;;", ""));
        assertThat(d.orElseThrow().getAnggaranDicetak()).extracting(Object::toString).containsExactly(
                "PROGRAM Program Penunjang (Tabel 3.6)", "KEGIATAN Kegiatan A (Tabel 3.6)",
                "SUB_KEGIATAN Sub kegiatan A1 (Tabel 3.6)");
        assertThat(d.get().getAnggaranDicetak().get(0).getPagu()).isEmpty();
        assertThat(d.get().getAnggaranDicetak().get(2).getPersen()).isEmpty();
        assertThat(err.toString()).contains("[anggaran-rinci] tingkat \"BIDANG\" must be one of");
    }

    @Test
    void aDecimalPointWithoutTheDeclarationIsRefusedWithAHint() {
        load("[laporan]\nkunci;nilai\ntahun;2021\nrenstra;2019-2023\npenyerapan-sebelumnya;93.6\n");
        assertThat(err.toString()).contains("93.6", "desimal;titik");
    }

    @Test
    void aFileWithoutYearIsNotAReport() {
        assertThat(load("[laporan]\nkunci;nilai\ninstansi;X\n")).isEmpty();
        assertThat(err.toString()).contains("baris 1: section [laporan] must give tahun and renstra");
    }

    @Test
    void aNegativePenyerapanOfTheYearBeforeIsRefusedAtItsLine() {
        load("[laporan]\nkunci;nilai\ntahun;2021\nrenstra;2019-2023\npenyerapan-sebelumnya;-96,30\n");
        assertThat(err.toString()).contains("baris 5: [laporan] penyerapan-sebelumnya must be >= 0, was -96.30");
    }

    @Test
    void aFileWithoutSasaranIsNotAReport() {
        assertThat(load("[laporan]\nkunci;nilai\ntahun;2021\nrenstra;2019-2023\n")).isEmpty();
        assertThat(err.toString()).contains("the data do not make a report: PerjanjianKinerja.komitmen must not be empty");
    }

    @Test
    void unknownExampleIsRefused() {
        assertThatThrownBy(() -> DataLkjipLoader.loadResource("bogor-2022.lkjip", new Rejections(new PrintWriter(err))))
                .isInstanceOf(SakipException.class).hasMessage("no example named \"bogor-2022.lkjip\"");
    }
}
