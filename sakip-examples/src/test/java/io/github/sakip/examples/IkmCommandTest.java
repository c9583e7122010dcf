package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IkmCommandTest {

    @TempDir
    Path dir;

    private String file(String text) throws IOException {
        return Jalankan.file(dir, text);
    }

    @Test
    void nrrPerUnsurIkmAndMutu() throws IOException {
        // two respondents; the second leaves U3 unanswered (not a zero); a third row is bad
        String f = file("responden;U1;U2;U3;U4;U5;U6;U7;U8;U9\n"
                + "A;4;4;4;4;4;4;4;4;4\n"
                + "B;3;3;;4;3;3;4;3;3\n"
                + "C;5;3;3;3;3;3;3;3;3\n"
                + "D;3,5;3;3;3;3;3;3;3;3\n"
                + "E;3;3\n");
        Jalankan r = Jalankan.sakip("ikm", f);
        assertThat(r.outLines()).contains(
                "| U1    | Persyaratan                             |            7 |         2 | 3,50 |           0,39 |",
                "| U3    | Waktu penyelesaian                      |            4 |         1 | 4,00 |           0,44 |",
                "Responden: 2",
                "IKM unit: 3,67",
                "IKM: 91,67",
                "Mutu: A (Sangat baik)");
        assertThat(r.errLines()).containsExactly(
                "baris 4: JawabanResponden.jawaban for unsur 1 must be between 1 and 4, was 5",
                "baris 5: U1 \"3,5\" must be a whole answer from 1 to 4, written as a digit only",
                "baris 6: expected 10 fields like the header, found 3");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void everyoneAnsweringFourIsAHundredWithTheExactWeightAndNinetyNineNineWithThePrintedOne() throws IOException {
        String f = file("U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n");
        assertThat(Jalankan.sakip("ikm", f).outLines()).contains("IKM: 100,00");
        Jalankan dicetak = Jalankan.sakip("ikm", "--bobot", "DICETAK", f);
        assertThat(dicetak.outLines()).contains("IKM: 99,90");
        assertThat(dicetak.status()).isZero();
    }

    @Test
    void missingUnsurColumnIsRejectedAtTheHeader() throws IOException {
        Jalankan r = Jalankan.sakip("ikm", file("U1;U2;U3\n4;4;4\n"));
        assertThat(r.errLines()).contains("baris 1: header must have the columns U1 to U9 (one per unsur), \"U4\" is "
                + "missing; header was \"U1;U2;U3\"; no row was read (baris 1-2)");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void theOlderGuidelineHasFourteenUnsur() throws IOException {
        StringBuilder header = new StringBuilder("U1");
        StringBuilder row = new StringBuilder("3");
        for (int u = 2; u <= 14; u++) {
            header.append(";U").append(u);
            row.append(";3");
        }
        Jalankan r = Jalankan.sakip("ikm", "--pedoman", "KEPMENPAN_25_2004", file(header + "\n" + row + "\n"));
        assertThat(r.outLines()).contains("IKM: 75,00");
        assertThat(r.status()).isZero();
    }

    @Test
    void anUnsurNoRespondentAnsweredHasNoNrrAndNoIkm() throws IOException {
        Jalankan r = Jalankan.sakip("ikm", file("U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;;4;4;4;4;4;4\n3;3;;3;3;3;3;3;3\n"));
        assertThat(r.errLines()).containsExactly("baris 1: SurveiIkm unsur 3 has no answer from any of the 2 respondents",
                "sakip ikm: tidak ada responden yang sah / no valid respondent");
        assertThat(r.outLines()).noneMatch(l -> l.startsWith("IKM"));
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void anAnswerIsADigitOneToFourAndNothingElse() throws IOException {
        Jalankan r = Jalankan.sakip("ikm", file("U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n2%;4;4;4;4;4;4;4;4\n"
                + "Rp 3;4;4;4;4;4;4;4;4\n+4;4;4;4;4;4;4;4;4\n4,000;4;4;4;4;4;4;4;4\n\u00A03 ;4;4;4;4;4;4;4;4\n"));
        assertThat(r.errLines()).containsExactly(
                "baris 3: U1 \"2%\" must be a whole answer from 1 to 4, written as a digit only",
                "baris 4: U1 \"Rp 3\" must be a whole answer from 1 to 4, written as a digit only",
                "baris 5: U1 \"+4\" must be a whole answer from 1 to 4, written as a digit only",
                "baris 6: U1 \"4,000\" must be a whole answer from 1 to 4, written as a digit only");
        assertThat(r.outLines()).contains("Responden: 2");
    }

    @Test
    void theSameColumnTwiceWhateverItsCaseIsRefused() throws IOException {
        Jalankan r = Jalankan.sakip("ikm", file("u1;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;4;4;4;4;4;4;4;4;4\n"));
        assertThat(r.errLines()).first().isEqualTo("baris 1: column \"u1\" appears twice in the header, as column 1 and "
                + "column 2; which one is meant cannot be guessed; no row was read (baris 1-2)");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void anEmptyFileIsTheSameDataErrorAsInCapaian() throws IOException {
        Jalankan ikm = Jalankan.sakip("ikm", file(""));
        Jalankan capaian = Jalankan.sakip("capaian", file(""));
        assertThat(ikm.status()).isEqualTo(capaian.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(ikm.errLines()).first().asString().startsWith("baris 1: the file is empty; it needs the header U1");
        assertThat(capaian.errLines()).first().asString().startsWith("baris 1: the file is empty; it needs the header "
                + "indikator");
    }
}
