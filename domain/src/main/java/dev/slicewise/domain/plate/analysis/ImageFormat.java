package dev.slicewise.domain.plate.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The image formats a plate view may come in: what the reference client sends (JPEG) and lossless PNG. */
public enum ImageFormat {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] signature;

    ImageFormat(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a data URI's media type ({@code image/jpg} is accepted for JPEG, as browsers do). */
    public static Optional<ImageFormat> ofMediaType(String mediaType) {
        String type = mediaType.strip().toLowerCase(Locale.ROOT);
        if (type.equals("image/jpg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(type)).findFirst();
    }

    /** Whether the bytes start as this format's files do: a PNG labelled as JPEG is not accepted. */
    boolean starts(byte[] bytes) {
        return bytes.length >= signature.length
                && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }
}
