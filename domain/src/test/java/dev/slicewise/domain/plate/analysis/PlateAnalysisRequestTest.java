package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class PlateAnalysisRequestTest {

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
    private static final String JPEG = uri("image/jpeg", JPEG_START);
    private static final Plate PLATE = new Plate(Optional.empty(), 0, Optional.empty(),
            List.of(new ModelObject("1", "Octopus_Head_v6.stl", OptionalInt.empty())));
    private static final Plate EMPTY_PLATE = new Plate(Optional.empty(), 0, Optional.empty(), List.of());

    private static String uri(String mediaType, byte[] bytes) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static AnalysisRefusal refusal(List<String> images, List<Plate> plates) {
        return assertInstanceOf(PlateAnalysisRequest.Validation.Invalid.class,
                PlateAnalysisRequest.validate(images, plates, Language.EN)).refusal();
    }

    @Test
    void givenFourJpegViewsAndAModel_validate_acceptsThemInOrder() {
        PlateAnalysisRequest request = assertInstanceOf(PlateAnalysisRequest.Validation.Valid.class,
                PlateAnalysisRequest.validate(List.of(JPEG, JPEG, uri("image/png", PNG_START), JPEG), List.of(PLATE),
                        Language.DE)).request();

        assertEquals(4, request.images().size());
        assertEquals(ImageFormat.PNG, request.images().get(2).format());
        assertEquals(1, request.modelCount());
    }

    @Test
    void givenNoPlate_validate_refusesNoPlateBeforeLookingAtImages() {
        assertEquals(AnalysisRefusal.of(AnalysisRefusal.Reason.NO_PLATE), refusal(List.of(), List.of()));
    }

    @Test
    void givenPlatesWithoutModels_validate_refusesNoModel() {
        assertEquals(AnalysisRefusal.of(AnalysisRefusal.Reason.NO_MODEL), refusal(List.of(JPEG), List.of(EMPTY_PLATE)));
    }

    @Test
    void givenNoImages_validate_refusesNoImages() {
        assertEquals(AnalysisRefusal.of(AnalysisRefusal.Reason.NO_IMAGES), refusal(List.of(), List.of(PLATE)));
    }

    @Test
    void givenMoreViewsThanAPlateNeeds_validate_refusesTooMany() {
        assertEquals(AnalysisRefusal.of(AnalysisRefusal.Reason.TOO_MANY_IMAGES),
                refusal(Collections.nCopies(PlateAnalysisRequest.MAX_IMAGES + 1, JPEG), List.of(PLATE)));
    }

    @Test
    void givenAUrlInsteadOfADataUri_validate_namesTheImage() {
        assertEquals(AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_NOT_DATA_URI, 1),
                refusal(List.of(JPEG, "https://example.com/view.jpg"), List.of(PLATE)));
    }

    @Test
    void givenAGif_validate_refusesTheFormat() {
        assertEquals(AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_FORMAT, 0),
                refusal(List.of(uri("image/gif", "GIF89a".getBytes())), List.of(PLATE)));
    }

    @Test
    void givenBrokenBase64_validate_refusesItAsUndecodable() {
        assertEquals(AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_UNDECODABLE, 0),
                refusal(List.of("data:image/jpeg;base64,/9j/4AAQ%%%not base64"), List.of(PLATE)));
    }

    @Test
    void givenPngBytesLabelledJpeg_validate_refusesThemAsUndecodable() {
        assertEquals(AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_UNDECODABLE, 0),
                refusal(List.of(uri("image/jpeg", PNG_START)), List.of(PLATE)));
    }

    @Test
    void givenA20MegabyteImage_validate_refusesItAsTooLarge() {
        byte[] large = new byte[20 * 1024 * 1024];
        System.arraycopy(JPEG_START, 0, large, 0, JPEG_START.length);

        assertEquals(AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_TOO_LARGE, 0),
                refusal(List.of(uri("image/jpeg", large)), List.of(PLATE)));
    }

    @Test
    void givenAnImageOfExactlyTheLimit_validate_acceptsIt() {
        byte[] largest = new byte[PlateImage.MAX_BYTES];
        System.arraycopy(JPEG_START, 0, largest, 0, JPEG_START.length);

        assertInstanceOf(PlateAnalysisRequest.Validation.Valid.class,
                PlateAnalysisRequest.validate(List.of(uri("image/jpeg", largest)), List.of(PLATE), Language.EN));
    }
}
