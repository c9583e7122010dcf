/**
 * The charts of an LKjIP (JFreeChart, written as SVG by JFreeSVG and as PNG by JFreeChart), and
 * the colour of each predikat band shared by the charts, the page and the Excel output.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.examples.grafik;

import javax.annotation.ParametersAreNonnullByDefault;
