package dev.slicewise.adapter.llm.plate;

import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.BoundingBox;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.plate.analysis.Feature;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import dev.slicewise.domain.plate.analysis.PlateFindings;
import dev.slicewise.domain.plate.analysis.PlateImage;
import dev.slicewise.domain.plate.analysis.ShapeClass;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedPlateAnalyserTest {

    private final EmbeddedPlateAnalyser analyser = new EmbeddedPlateAnalyser(new PixelBudget(8, 10_000));

    private static Plate plate(String name, Optional<BoundingBox> box) {
        return new Plate(Optional.of("Plate 1"), 0, box, List.of(new ModelObject("1", name, OptionalInt.empty())));
    }

    private static PlateAnalysisRequest request(List<String> images, Plate plate, Language language) {
        return assertInstanceOf(PlateAnalysisRequest.Validation.Valid.class,
                PlateAnalysisRequest.validate(images, List.of(plate), language)).request();
    }

    private PlateAnalysisResult analyse(List<String> images, Plate plate, Language language) {
        return analyser.analyse(request(images, plate, language));
    }

    private PlateAnalysisReply reply(PlateRenders.Shape shape, String name, Optional<BoundingBox> box) {
        return assertInstanceOf(PlateAnalysisResult.Analysed.class,
                analyse(shape.jpegDataUris(), plate(name, box), Language.EN)).reply();
    }

    /** Neutral names, no bounding box: the views alone decide. */
    private PlateFindings fromViews(PlateRenders.Shape shape) {
        return reply(shape, "model_1.stl", Optional.empty()).findings();
    }

    @Test
    void givenACube_analysis_needsNoSupportsAndNoBrim() {
        PlateFindings findings = fromViews(PlateRenders.Shape.CUBE);

        assertEquals(SupportNeed.NONE, findings.support());
        assertEquals(AdhesionAid.NONE, findings.adhesionAid());
        assertEquals(ShapeClass.BOXY, findings.shape());
    }

    @Test
    void givenATallThinPillar_analysis_suggestsABrimAndNoSupports() {
        PlateFindings findings = fromViews(PlateRenders.Shape.TALL_THIN_PILLAR);

        assertEquals(SupportNeed.NONE, findings.support());
        assertEquals(AdhesionAid.BRIM, findings.adhesionAid());
        assertTrue(findings.features().contains(Feature.TALL_AND_THIN), findings::toString);
    }

    @Test
    void givenAMushroom_analysis_suggestsTreeSupportsForTheCapAndABrimForTheStem() {
        PlateFindings findings = fromViews(PlateRenders.Shape.MUSHROOM);

        assertEquals(SupportNeed.TREE, findings.support());
        assertEquals(AdhesionAid.BRIM, findings.adhesionAid());
        assertEquals(ShapeClass.ORGANIC, findings.shape());
        assertTrue(findings.features().containsAll(List.of(Feature.OVERHANGS, Feature.SMALL_BASE)), findings::toString);
    }

    @Test
    void givenAFlatWidePlate_analysis_suggestsABrimAgainstWarpingAndNoSupports() {
        PlateFindings findings = fromViews(PlateRenders.Shape.FLAT_WIDE_PLATE);

        assertEquals(SupportNeed.NONE, findings.support());
        assertEquals(AdhesionAid.BRIM, findings.adhesionAid());
        assertEquals(List.of(Feature.FLAT_LARGE_BASE), List.copyOf(findings.features()));
    }

    @Test
    void givenATShape_analysis_suggestsNormalSupportsUnderTheBarAndABrimForThePost() {
        PlateFindings findings = fromViews(PlateRenders.Shape.T_SHAPE);

        assertEquals(SupportNeed.NORMAL, findings.support());
        assertEquals(AdhesionAid.BRIM, findings.adhesionAid());
        assertEquals(ShapeClass.BOXY, findings.shape());
        assertTrue(!findings.features().contains(Feature.BRIDGES), "a bar over a post spans nothing: " + findings);
    }

    @Test
    void givenABridgeOnTwoPosts_analysis_suggestsNormalSupportsAndNoBrim() {
        PlateFindings findings = fromViews(PlateRenders.Shape.BRIDGE);

        assertEquals(SupportNeed.NORMAL, findings.support());
        assertEquals(AdhesionAid.NONE, findings.adhesionAid());
        assertTrue(findings.features().contains(Feature.BRIDGES), findings::toString);
    }

    @Test
    void givenASphereOnASmallStand_analysis_suggestsTreeSupportsAndABrim() {
        PlateFindings findings = fromViews(PlateRenders.Shape.SPHERE_ON_STAND);

        assertEquals(SupportNeed.TREE, findings.support());
        assertEquals(AdhesionAid.BRIM, findings.adhesionAid());
    }

    @Test
    void givenManySmallParts_analysis_suggestsABrimAndNoSupports() {
        PlateFindings findings = fromViews(PlateRenders.Shape.SMALL_ISLANDS);

        assertEquals(SupportNeed.NONE, findings.support());
        assertEquals(AdhesionAid.BRIM, findings.adhesionAid());
        assertTrue(findings.features().contains(Feature.MANY_ISLANDS), findings::toString);
    }

    @Test
    void givenAFigurineNameOnACube_analysis_namesTheKindButAddsNoSupports() {
        PlateAnalysisReply reply = reply(PlateRenders.Shape.CUBE, "Octopus_Head_v6.stl", Optional.empty());

        assertEquals(SupportNeed.NONE, reply.findings().support());
        assertTrue(reply.content().contains("**figurine**"), reply.content());
    }

    @Test
    void givenTheBoundingBoxOfASmallFlatCoin_analysis_seesNoLargeBaseWhereTheViewsAloneWould() {
        BoundingBox coin = new BoundingBox(-10, -10, 0, 10, 10, 0.6);

        assertEquals(AdhesionAid.NONE,
                reply(PlateRenders.Shape.FLAT_WIDE_PLATE, "coin.stl", Optional.of(coin)).findings().adhesionAid());
        assertEquals(AdhesionAid.BRIM, reply(PlateRenders.Shape.FLAT_WIDE_PLATE, "coin.stl",
                Optional.of(PlateRenders.Shape.FLAT_WIDE_PLATE.boundingBox())).findings().adhesionAid());
    }

    @Test
    void givenTheBoundingBoxOfThePillar_analysis_measuresItTallAndThin() {
        PlateFindings findings = reply(PlateRenders.Shape.TALL_THIN_PILLAR, "pillar.stl",
                Optional.of(PlateRenders.Shape.TALL_THIN_PILLAR.boundingBox())).findings();

        assertTrue(findings.features().contains(Feature.TALL_AND_THIN), findings::toString);
        assertEquals(1.0, findings.adhesionConfidence().value(), 1e-9);
    }

    @Test
    void givenOnePngViewFromAbove_analysis_stillSeesTheOverhang() {
        String png = PlateRenders.dataUri(PlateRenders.Shape.MUSHROOM.views().get(2), "png");

        PlateAnalysisReply reply = assertInstanceOf(PlateAnalysisResult.Analysed.class,
                analyse(List.of(png), plate("model.stl", Optional.empty()), Language.EN)).reply();

        assertEquals(SupportNeed.TREE, reply.findings().support());
    }

    @ParameterizedTest
    @EnumSource(PlateRenders.Shape.class)
    void givenAnyPlate_content_isShortBoldAndEndsWithAQuestion(PlateRenders.Shape shape) {
        PlateAnalysisReply reply = reply(shape, "Octopus_Head_v6.stl", Optional.empty());

        assertTrue(reply.content().length() < PlateTexts.MAX_CONTENT, reply.content());
        assertTrue(reply.content().contains("**"), reply.content());
        assertTrue(reply.content().endsWith("?"), reply.content());
        assertTrue(!reply.suggestedPrintingMethod().contains("**"), reply.suggestedPrintingMethod());
    }

    @Test
    void givenGerman_analysis_isWrittenInGerman() {
        PlateAnalysisReply english = reply(PlateRenders.Shape.MUSHROOM, "model.stl", Optional.empty());
        PlateAnalysisReply german = assertInstanceOf(PlateAnalysisResult.Analysed.class, analyse(
                PlateRenders.Shape.MUSHROOM.jpegDataUris(), plate("model.stl", Optional.empty()), Language.DE)).reply();

        assertEquals(english.findings(), german.findings());
        assertNotEquals(english.content(), german.content());
        assertTrue(german.suggestedPrintingMethod().contains("Baumstützen"), german.suggestedPrintingMethod());
    }

    @Test
    void givenChinese_sentencesFollowEachOtherWithoutSpaces() {
        PlateAnalysisReply chinese = assertInstanceOf(PlateAnalysisResult.Analysed.class, analyse(
                PlateRenders.Shape.CUBE.jpegDataUris(), plate("model.stl", Optional.empty()), Language.ZH_CN)).reply();

        assertTrue(chinese.content().contains("。它") && !chinese.content().contains("。 "), chinese.content());
        assertTrue(chinese.suggestedPrintingMethod().startsWith("无需支撑。无需裙边。"), chinese.suggestedPrintingMethod());
    }

    @Test
    void givenAJpegWithGarbageAfterItsHeader_analysis_refusesItAsUndecodable() {
        byte[] broken = new byte[2048];
        Arrays.fill(broken, (byte) 0x5A);
        broken[0] = (byte) 0xFF;
        broken[1] = (byte) 0xD8;
        broken[2] = (byte) 0xFF;
        String uri = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(broken);
        List<String> views = List.of(PlateRenders.Shape.CUBE.jpegDataUris().getFirst(), uri);

        PlateAnalysisResult result = analyse(views, plate("cube.stl", Optional.empty()), Language.EN);

        assertEquals(AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_UNDECODABLE, 1),
                assertInstanceOf(PlateAnalysisResult.Refused.class, result).refusal());
    }

    @Test
    void givenASmallPngThatUnpacksToAHugeImage_analysis_refusesItWithoutDecodingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(PlateImage.MAX_SIDE_PIXELS + 1, 8, BufferedImage.TYPE_BYTE_GRAY), "png",
                bytes);
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());

        PlateAnalysisResult result = analyse(List.of(uri), plate("cube.stl", Optional.empty()), Language.EN);

        assertEquals(AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_TOO_MANY_PIXELS, 0),
                assertInstanceOf(PlateAnalysisResult.Refused.class, result).refusal());
    }

    @Test
    void givenViewsEnlargedEightTimes_analysis_decodesThemAt512ASideWithinTheSmallestBudget_andFindsTheSame() {
        Plate plate = plate("model_1.stl", Optional.empty());
        List<BufferedImage> views = PlateRenders.Shape.MUSHROOM.views();
        List<String> originals = views.stream().map(view -> PlateRenders.dataUri(view, "png")).toList();
        List<String> enlarged = views.stream().map(view -> PlateRenders.dataUri(enlarged(view, 8), "png")).toList();
        EmbeddedPlateAnalyser smallest = new EmbeddedPlateAnalyser(new PixelBudget(1, 0));

        PlateAnalysisReply original = assertInstanceOf(PlateAnalysisResult.Analysed.class,
                analyse(originals, plate, Language.EN)).reply();

        assertEquals(original.findings(), assertInstanceOf(PlateAnalysisResult.Analysed.class,
                smallest.analyse(request(enlarged, plate, Language.EN))).reply().findings());
    }

    @Test
    void givenThePixelBudgetTakenByAnotherAnalysis_analysis_waitsItsTimeThenIsBusy_andRunsOnceThePixelsAreBack() {
        PixelBudget budget = new PixelBudget(17, 200);
        EmbeddedPlateAnalyser sharing = new EmbeddedPlateAnalyser(budget);
        PlateAnalysisRequest request = request(PlateRenders.Shape.CUBE.jpegDataUris(),
                plate("cube.stl", Optional.empty()), Language.EN);
        PixelBudget.Lease other = budget.take(4096, 4096).orElseThrow();

        long started = System.nanoTime();
        PlateAnalysisResult busy = sharing.analyse(request);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        other.close();

        assertInstanceOf(PlateAnalysisResult.Busy.class, busy);
        assertTrue(waitedMillis >= 200, "waited " + waitedMillis + " ms");
        assertInstanceOf(PlateAnalysisResult.Analysed.class, sharing.analyse(request));
    }

    @Test
    void givenViewsThatFitTogether_theirAnalysesShareTheBudget_andGiveEveryPixelBack() {
        PixelBudget budget = new PixelBudget(17, 0);
        EmbeddedPlateAnalyser sharing = new EmbeddedPlateAnalyser(budget);
        PlateAnalysisRequest request = request(PlateRenders.Shape.CUBE.jpegDataUris(),
                plate("cube.stl", Optional.empty()), Language.EN);

        List<PlateAnalysisResult> results = IntStream.range(0, 8).parallel()
                .mapToObj(i -> sharing.analyse(request)).toList();

        results.forEach(result -> assertInstanceOf(PlateAnalysisResult.Analysed.class, result));
        assertTrue(budget.take(4096, 4096).isPresent(), "every pixel was given back");
    }

    @Test
    void givenViewsWithoutModels_analysis_saysItRestsOnTheNames() {
        BufferedImage emptyBed = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        String uri = PlateRenders.dataUri(emptyBed, "png");

        PlateAnalysisReply reply = assertInstanceOf(PlateAnalysisResult.Analysed.class,
                analyse(List.of(uri), plate("bracket.stl", Optional.empty()), Language.EN)).reply();

        assertTrue(reply.content().contains("names only"), reply.content());
        assertEquals(SupportNeed.NONE, reply.findings().support());
    }

    /** Each pixel repeated factor x factor times. */
    private static BufferedImage enlarged(BufferedImage view, int factor) {
        BufferedImage large = new BufferedImage(view.getWidth() * factor, view.getHeight() * factor,
                BufferedImage.TYPE_INT_RGB);
        return new AffineTransformOp(AffineTransform.getScaleInstance(factor, factor),
                AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(view, large);
    }
}
