package dev.slicewise.adapter.llm.plate;

import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.plate.analysis.PlateImage;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Decodes a view with {@code javax.imageio}. The size is read from the header before any pixel is decoded, so that a
 * small file that unpacks to a huge image (a decompression bomb) is refused without allocating it.
 */
final class ViewDecoder {

    /** Eight times the reference client's 512x512 views in each direction. */
    static final int MAX_SIDE = 4096;

    private ViewDecoder() {
    }

    static Decoded decode(PlateImage image, int index) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image.bytes()))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReadersByMIMEType(
                    image.format().mediaType());
            if (readers == null || !readers.hasNext()) {
                return refused(AnalysisRefusal.Reason.IMAGE_FORMAT, index);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    return refused(AnalysisRefusal.Reason.IMAGE_TOO_LARGE, index);
                }
                return new Decoded.Pixels(raster(reader.read(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return refused(AnalysisRefusal.Reason.IMAGE_UNDECODABLE, index);
        }
    }

    /** Reads the samples directly when they are 8-bit BGR (JPEG), else through the colour model (PNG and others). */
    private static Raster raster(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && bytes.getNumBanks() == 1 && bytes.getData().length == 3 * width * height) {
            return Raster.ofBgr(width, height, bytes.getData());
        }
        return Raster.ofRgb(width, height, image.getRGB(0, 0, width, height, null, 0, width));
    }

    private static Decoded refused(AnalysisRefusal.Reason reason, int index) {
        return new Decoded.Refused(AnalysisRefusal.ofImage(reason, index));
    }

    sealed interface Decoded {
        record Pixels(Raster raster) implements Decoded {
        }

        record Refused(AnalysisRefusal refusal) implements Decoded {
        }
    }
}
