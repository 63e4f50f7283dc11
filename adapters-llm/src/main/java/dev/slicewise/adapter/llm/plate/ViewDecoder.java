package dev.slicewise.adapter.llm.plate;

import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.plate.analysis.PlateImage;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Decodes a view with {@code javax.imageio} and takes its measures, within the shared {@link PixelBudget}. The size is
 * read from the header before any pixel is decoded, so that a small file that unpacks to a huge image (a
 * decompression bomb) is refused without allocating it. A view larger than {@value #WORKING_SIDE} pixels on a side is
 * decoded at a whole fraction of its size (every second, third, ... pixel of every second, third, ... row), at most
 * {@value #WORKING_SIDE} a side: the measures are tuned on the reference client's 512x512 views and find the same in a
 * larger view decoded so, and a 4096x4096 view then costs what a 512x512 one does. The view takes the pixels it will
 * decode from the budget before they exist and gives them back once it is measured.
 */
final class ViewDecoder {

    /** The longest side a view is decoded at: the reference client's 512x512 views. */
    static final int WORKING_SIDE = 512;

    private ViewDecoder() {
    }

    static Measured measure(PlateImage image, int index, PixelBudget budget) {
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
                if (width > PlateImage.MAX_SIDE_PIXELS || height > PlateImage.MAX_SIDE_PIXELS) {
                    return refused(AnalysisRefusal.Reason.IMAGE_TOO_MANY_PIXELS, index);
                }
                int step = (Math.max(width, height) + WORKING_SIDE - 1) / WORKING_SIDE;
                Optional<PixelBudget.Lease> pixels = budget.take((width + step - 1) / step, (height + step - 1) / step);
                if (pixels.isEmpty()) {
                    return new Measured.Busy();
                }
                ImageReadParam everyStepPixel = reader.getDefaultReadParam();
                everyStepPixel.setSourceSubsampling(step, step, 0, 0);
                try (PixelBudget.Lease lease = pixels.get()) {
                    return new Measured.Evidence(ViewEvidence.of(raster(reader.read(0, everyStepPixel))));
                }
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

    private static Measured refused(AnalysisRefusal.Reason reason, int index) {
        return new Measured.Refused(AnalysisRefusal.ofImage(reason, index));
    }

    sealed interface Measured {
        record Evidence(ViewEvidence evidence) implements Measured {
        }

        record Refused(AnalysisRefusal refusal) implements Measured {
        }

        /** The view's pixels did not come free in the budget in time. */
        record Busy() implements Measured {
        }
    }
}
