package io.trazo.web.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG itself, rasterised from its path (no AWT), decodes with ZXing to the page's URL. */
class QrSvgTest {

    private static final Pattern VIEWBOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void theLabelsSvgDecodesToThePagesDigitalLinkWithLevelMAndAFourModuleQuietZone() throws Exception {
        QrController controller = new QrController(new io.trazo.web.WebProperties(URI.create("http://q"),
                URI.create("https://trazo.example/"), null, null, org.springframework.util.unit.DataSize.ofBytes(0)));
        String url = controller.link("00614141777778", "RC/1187");
        assertThat(url).isEqualTo("https://trazo.example/01/00614141777778/10/RC%2F1187");
        String svg = QrSvg.render(url, "(01)00614141777778(10)RC/1187");
        boolean[][] modules = rasterise(svg);
        int symbol = QrSvg.matrix(url).getWidth();
        assertThat(modules.length).isEqualTo(symbol + 2 * QrSvg.QUIET_ZONE);
        for (int i = 0; i < modules.length; i++) {
            for (int q = 0; q < QrSvg.QUIET_ZONE; q++) {
                assertThat(modules[q][i] || modules[i][q] || modules[modules.length - 1 - q][i] || modules[i][modules.length - 1 - q])
                        .as("quiet zone at %d/%d", q, i).isFalse();
            }
        }
        Result decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new Grid(modules))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertThat(decoded.getText()).isEqualTo(url);
        assertThat(decoded.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
        assertThat(svg).contains(">(01)00614141777778(10)RC/1187</text>");
    }

    /** The dark modules the SVG's path draws, as a square grid including the quiet zone. */
    private static boolean[][] rasterise(String svg) {
        Matcher box = VIEWBOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        boolean[][] grid = new boolean[size][size];
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                grid[y][x + i] = true;
            }
        }
        return grid;
    }

    /** A grid of modules as luminance, scaled up, for ZXing's detector. */
    private static final class Grid extends LuminanceSource {
        private final boolean[][] modules;

        Grid(boolean[][] modules) {
            super(modules.length * PIXELS_PER_MODULE, modules.length * PIXELS_PER_MODULE);
            this.modules = modules;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                out[x] = modules[y / PIXELS_PER_MODULE][x / PIXELS_PER_MODULE] ? 0 : (byte) 255;
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            byte[] all = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, all, y * getWidth(), getWidth());
            }
            return all;
        }
    }
}
