package io.github.sakip.examples.halaman;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.lkjip.DataLkjipLoader;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.ReviuLkjip;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The Klojen 2021 data file of the module and its reviu, made once for the tests of the page. */
final class KlojenReviu {

    static final DataLkjip DATA = DataLkjipLoader.loadResource(DataLkjipLoader.KLOJEN_2021,
            new Rejections(new PrintWriter(new StringWriter()))).orElseThrow();
    static final HasilReviu HASIL = ReviuLkjip.standar().periksa(DATA);

    private KlojenReviu() {
    }
}
