package io.trazo.web.qr;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A QR code as SVG, drawn from ZXing's module matrix by our own code: ZXing's writers produce AWT
 * images or bit matrices, and a label printer wants vectors. Error correction M (about 15 % of the
 * symbol may be damaged), a quiet zone of 4 modules (ISO/IEC 18004 §7.3.8), and the human-readable
 * text under the symbol.
 */
public final class QrSvg {

    static final int QUIET_ZONE = 4;
    /** Height of the text band under the symbol, in modules. */
    private static final int TEXT_BAND = 6;

    private QrSvg() {}

    public static String render(String content, String humanReadable) {
        ByteMatrix m = matrix(content);
        int size = m.getWidth() + 2 * QUIET_ZONE;
        int height = size + TEXT_BAND;
        StringBuilder svg = new StringBuilder(8_192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(height)
                .append("\" shape-rendering=\"crispEdges\" role=\"img\"><title>").append(HtmlUtils.htmlEscape(humanReadable))
                .append("</title><rect width=\"").append(size).append("\" height=\"").append(height).append("\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < m.getWidth() && m.get(run, y) == 1) {
                    run++;
                }
                svg.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append('h').append(run - x).append("v1h-")
                        .append(run - x).append('z');
                x = run;
            }
        }
        int fontSize = Math.max(2, Math.min(4, size * 2 / Math.max(1, humanReadable.length())));
        svg.append("\"/><text x=\"").append(size / 2).append("\" y=\"").append(size + TEXT_BAND / 2)
                .append("\" text-anchor=\"middle\" font-family=\"monospace\" font-size=\"").append(fontSize).append("\">")
                .append(HtmlUtils.htmlEscape(humanReadable)).append("</text></svg>");
        return svg.toString();
    }

    static ByteMatrix matrix(String content) {
        try {
            QRCode code = Encoder.encode(content, ErrorCorrectionLevel.M, Map.of());
            return code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content.length() + " characters as a QR code: " + e.getMessage(), e);
        }
    }
}
