/**
 * The {@code sakip} command line ({@code java -jar sakip.jar}), one class per command: capaian of
 * a spreadsheet's rows, IKM of a survey, the Klojen 2021 example, the reviu of any report in its
 * data format. Each command reads with {@code csv}, computes with the library's calculators only,
 * and prints with {@code markdown} or {@code csv}.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.examples;

import javax.annotation.ParametersAreNonnullByDefault;
