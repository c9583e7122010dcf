package io.github.sakip.examples.lkjip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.reviu.DataLkjip;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The Klojen 2021 data file of the module, loaded once for the tests. */
final class Klojen {

    static final DataLkjip DATA = load();

    private Klojen() {
    }

    private static DataLkjip load() {
        StringWriter err = new StringWriter();
        DataLkjip data = DataLkjipLoader.loadResource(DataLkjipLoader.KLOJEN_2021,
                new Rejections(new PrintWriter(err, true))).orElseThrow();
        assertThat(err.toString()).isEmpty();
        return data;
    }
}
