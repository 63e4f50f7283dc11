package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One view of the plate as sent: a JPEG or PNG file, at most {@link #MAX_BYTES}. Whether its pixels can be decoded
 * is the analyser's business; this only checks what can be told without decoding.
 */
public final class PlateImage {

    /** A 512x512 view is 30 to 200 kB; 5 MB leaves room for larger renders and refuses photographs of a desk. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /**
     * The longest side of a view an analyser decodes: eight times the reference client's 512x512 views. A file can be
     * small and unpack to many more pixels; the analyser reads the size from the header before it decodes.
     */
    public static final int MAX_SIDE_PIXELS = 4096;

    private static final Pattern DATA_URI = Pattern.compile("data:([^;,]*);base64,(.*)", Pattern.DOTALL);

    private final ImageFormat format;
    private final byte[] bytes;

    private PlateImage(ImageFormat format, byte[] bytes) {
        this.format = format;
        this.bytes = bytes;
    }

    public ImageFormat format() {
        return format;
    }

    /** The file's bytes; a copy, the image is immutable. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Reads {@code data:image/jpeg;base64,...} (or png); the index is the image's 0-based position in the request,
     * named in a refusal.
     */
    public static Read read(String dataUri, int index) {
        Require.present(dataUri, "images[" + index + "]");
        Matcher uri = DATA_URI.matcher(dataUri.strip());
        if (!uri.matches()) {
            return refused(AnalysisRefusal.Reason.IMAGE_NOT_DATA_URI, index);
        }
        Optional<ImageFormat> format = ImageFormat.ofMediaType(uri.group(1));
        if (format.isEmpty()) {
            return refused(AnalysisRefusal.Reason.IMAGE_FORMAT, index);
        }
        String base64 = uri.group(2);
        if ((long) base64.length() * 3 / 4 > MAX_BYTES + 3L) {
            return refused(AnalysisRefusal.Reason.IMAGE_TOO_LARGE, index);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return refused(AnalysisRefusal.Reason.IMAGE_UNDECODABLE, index);
        }
        if (bytes.length > MAX_BYTES) {
            return refused(AnalysisRefusal.Reason.IMAGE_TOO_LARGE, index);
        }
        if (!format.get().starts(bytes)) {
            return refused(AnalysisRefusal.Reason.IMAGE_UNDECODABLE, index);
        }
        return new Read.Accepted(new PlateImage(format.get(), bytes));
    }

    private static Read refused(AnalysisRefusal.Reason reason, int index) {
        return new Read.Refused(AnalysisRefusal.ofImage(reason, index));
    }

    /** The outcome of reading one data URI. */
    public sealed interface Read {
        record Accepted(PlateImage image) implements Read {
        }

        record Refused(AnalysisRefusal refusal) implements Read {
        }
    }
}
