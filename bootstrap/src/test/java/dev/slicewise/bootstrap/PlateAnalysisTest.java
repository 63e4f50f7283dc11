package dev.slicewise.bootstrap;

import dev.slicewise.adapter.llm.plate.PixelBudget;
import dev.slicewise.adapter.llm.plate.PlateRenders;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST plate_analysis/} through HTTP on the jar's wiring: the embedded analysis, errors, auth and credits. */
class PlateAnalysisTest {

    private static final String ALICE = "\"elegoo_user_id\":\"alice\",\"access_token\":\"alice-token\"";
    private static final String MUSHROOM_PLATE = "[{\"name\":\"Plate 1\",\"index\":0,\"model_objects\":"
            + "[{\"extruder_id\":-1,\"id\":\"52\",\"name\":\"Mushroom_v2.stl\"}]}]";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.inMemory(Map.of());
        server.register("alice", "alice-token", 3600);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String body(String credentials, List<String> images, String plates) {
        String array = images.stream().map(image -> "\"" + image + "\"").collect(Collectors.joining(",", "[", "]"));
        return "{" + credentials + ",\"images\":" + array + ",\"plates\":" + plates + "}";
    }

    private static TestServer.Response analyse(TestServer on, String query, String body) {
        return on.post(API + "plate_analysis/" + query, body);
    }

    private static String message(String content) {
        return "{\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"}}";
    }

    @Test
    void givenFourViewsOfAMushroom_analysePlate_answers201WithTreeSupportsAndABrim_chargesOnce_andKeepsTheFindings() {
        List<PlateAnalysisRecord> before = server.bean(PlateAnalysisRecords.class).findByUser(new UserId("alice"));

        TestServer.Response response = analyse(server, "?lang=en",
                body(ALICE, PlateRenders.Shape.MUSHROOM.jpegDataUris(), MUSHROOM_PLATE));

        assertEquals(201, response.status(), response.body());
        assertTrue(response.body().startsWith("{\"message\":{\"role\":\"assistant\",\"content\":\"This looks like a "
                + "**figurine**."), response.body());
        assertTrue(response.body().contains("\"suggested_printing_method\":\"Use tree supports"), response.body());
        assertTrue(response.body().contains("Add a brim"), response.body());
        assertTrue(response.body().contains("\"credit_resp\":{\"code\":0,"), response.body());
        List<PlateAnalysisRecord> after = server.bean(PlateAnalysisRecords.class).findByUser(new UserId("alice"));
        assertEquals(before.size() + 1, after.size());
        PlateAnalysisRecord kept = after.getLast();
        assertEquals(SupportNeed.TREE, kept.findings().support());
        assertEquals(AdhesionAid.BRIM, kept.findings().adhesionAid());
        assertEquals(new Credits(1), kept.charged());
        assertEquals(4, kept.imageCount());
    }

    @Test
    void givenTheSameRequestTwice_analysePlate_answersTheSameBytes_andChargesAndKeepsOnce() {
        try (TestServer fresh = TestServer.inMemory(Map.of())) {
            fresh.register("carol", "carol-token", 3600);
            String body = body("\"elegoo_user_id\":\"carol\",\"access_token\":\"carol-token\"",
                    PlateRenders.Shape.BRIDGE.jpegDataUris(), MUSHROOM_PLATE);

            TestServer.Response first = fresh.post(API + "plate_analysis/", body, "Idempotency-Key", "views-1");
            TestServer.Response retry = fresh.post(API + "plate_analysis/", body, "Idempotency-Key", "views-1");

            assertEquals(201, first.status(), first.body());
            assertEquals(first, retry);
            assertEquals(1, fresh.bean(PlateAnalysisRecords.class).findByUser(new UserId("carol")).size());
        }
    }

    @Test
    void givenLangDe_analysePlate_answersInGerman() {
        TestServer.Response response = analyse(server, "?lang=DE",
                body(ALICE, PlateRenders.Shape.TALL_THIN_PILLAR.jpegDataUris(), MUSHROOM_PLATE));

        assertEquals(201, response.status(), response.body());
        assertTrue(response.body().contains("**hoch und schmal**"), response.body());
        assertTrue(response.body().contains("Fügen Sie einen Brim"), response.body());
    }

    @Test
    void givenNoImages_analysePlate_answers400InTheMessageShape() {
        assertEquals(new TestServer.Response(400,
                        message("Oops, I need views of the plate to analyse it, and no image was sent.")),
                analyse(server, "", body(ALICE, List.of(), MUSHROOM_PLATE)));
    }

    @Test
    void givenNoPlateOrNoModel_analysePlate_answersTheReferenceMessage() {
        List<String> views = PlateRenders.Shape.CUBE.jpegDataUris();
        TestServer.Response expected = new TestServer.Response(400,
                message("Oops, you need to add at least one model."));

        assertEquals(expected, analyse(server, "", body(ALICE, views, "[]")));
        assertEquals(expected, analyse(server, "", body(ALICE, views, "[{\"model_objects\":[]}]")));
    }

    @Test
    void givenABrokenImage_analysePlate_namesIt() {
        String broken = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 0x20, 0x30});
        List<String> views = List.of(PlateRenders.Shape.CUBE.jpegDataUris().getFirst(), broken);

        assertEquals(new TestServer.Response(400, message("Oops, image 2 could not be decoded: it is broken or not "
                + "the format it claims to be.")), analyse(server, "", body(ALICE, views, MUSHROOM_PLATE)));
    }

    @Test
    void givenAGif_analysePlate_refusesTheFormatInFrench() {
        String gif = "data:image/gif;base64," + Base64.getEncoder().encodeToString("GIF89a".getBytes());

        assertEquals(new TestServer.Response(400, message("Oups, l'image 1 n'est pas une image JPEG ou PNG.")),
                analyse(server, "?lang=fr", body(ALICE, List.of(gif), MUSHROOM_PLATE)));
    }

    @Test
    void givenA20MegabyteImage_analysePlate_answers400WithTheBodyLimit() {
        String huge = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(new byte[20 * 1024 * 1024]);

        TestServer.Response response = analyse(server, "", body(ALICE, List.of(huge), MUSHROOM_PLATE));

        assertEquals(new TestServer.Response(400,
                "{\"error\":\"The request body is larger than the limit of 8388608 bytes\"}"), response);
    }

    @Test
    void givenA6MegabyteImageUnderARaisedBodyLimit_analysePlate_refusesTheImageItself() {
        byte[] large = new byte[6 * 1024 * 1024];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        String huge = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(large);
        try (TestServer roomy = TestServer.inMemory(Map.of("slicewise.max-body-bytes", 16 * 1024 * 1024))) {
            roomy.register("alice", "alice-token", 3600);

            assertEquals(new TestServer.Response(400, message("Oops, image 1 is too large: send views of at most 5 MB,"
                            + " such as the slicer's 512x512 renders.")),
                    analyse(roomy, "", body(ALICE, List.of(huge), MUSHROOM_PLATE)));
        }
    }

    @Test
    void givenImagesThatAreNotAnArray_analysePlate_answers400WithTheField() {
        TestServer.Response response = analyse(server, "", "{" + ALICE + ",\"images\":\"data:image/jpeg;base64,\","
                + "\"plates\":" + MUSHROOM_PLATE + "}");

        assertEquals(400, response.status());
        assertTrue(response.body().startsWith("{\"error\":") && response.body().contains("images"), response.body());
    }

    @Test
    void givenWrongOrMissingCredentials_analysePlate_answers401() {
        List<String> views = PlateRenders.Shape.CUBE.jpegDataUris();

        assertEquals(new TestServer.Response(401, "{\"error\":\"Invalid or expired access token\"}"),
                analyse(server, "", body("\"elegoo_user_id\":\"alice\",\"access_token\":\"wrong\"", views,
                        MUSHROOM_PLATE)));
        assertEquals(new TestServer.Response(401, "{\"error\":\"elegoo_user_id and access_token are required\"}"),
                analyse(server, "", "{\"images\":[],\"plates\":[]}"));
    }

    @Test
    void givenAnotherUsersChat_analysePlate_answers400() {
        TestServer.Response response = analyse(server, "", "{" + ALICE + ",\"chat_id\":987654,\"images\":[],"
                + "\"plates\":" + MUSHROOM_PLATE + "}");

        assertEquals(new TestServer.Response(400, "{\"error\":\"chat_id does not name a chat of this user\"}"),
                response);
    }

    @Test
    void givenNoCreditsLeft_analysePlate_answers402_andKeepsNothing() {
        try (TestServer broke = TestServer.inMemory(Map.of("slicewise.credits.initial-grant", 0))) {
            broke.register("bob", "bob-token", 3600);

            TestServer.Response response = analyse(broke, "", body(
                    "\"elegoo_user_id\":\"bob\",\"access_token\":\"bob-token\"",
                    PlateRenders.Shape.CUBE.jpegDataUris(), MUSHROOM_PLATE));

            assertEquals(402, response.status(), response.body());
            assertTrue(response.body().startsWith("{\"code\":402,\"error\":\"Error in calling Elegoo credits API\","
                    + "\"credit_resp\":{"), response.body());
            assertEquals(List.of(), broke.bean(PlateAnalysisRecords.class).findByUser(new UserId("bob")));
        }
    }

    @Test
    void givenCreditsSystemDown_analysePlate_answers502_andKeepsNothing() {
        try (TestServer failing = TestServer.inMemory(Map.of("test.credit-failure", "SERVER_ERROR"))) {
            failing.register("kim", "kim-token", 3600);

            TestServer.Response response = analyse(failing, "", body(
                    "\"elegoo_user_id\":\"kim\",\"access_token\":\"kim-token\"",
                    PlateRenders.Shape.CUBE.jpegDataUris(), MUSHROOM_PLATE));

            assertEquals(new TestServer.Response(502, "{\"code\":502,\"error\":\"Elegoo API server returns 5XX\"}"),
                    response);
            assertEquals(List.of(), failing.bean(PlateAnalysisRecords.class).findByUser(new UserId("kim")));
        }
    }

    @Test
    void givenThePixelBudgetTakenForLongerThanTheWait_analysePlate_answers503WithRetryAfter_chargesAndKeepsNothing() {
        try (TestServer busy = TestServer.inMemory(Map.of("slicewise.plate.pixel-budget-mp", 17,
                "slicewise.plate.pixel-wait-ms", 100))) {
            busy.register("lee", "lee-token", 3600);
            String request = body("\"elegoo_user_id\":\"lee\",\"access_token\":\"lee-token\"",
                    PlateRenders.Shape.CUBE.jpegDataUris(), MUSHROOM_PLATE);
            PixelBudget budget = busy.bean(PixelBudget.class);

            HttpResponse<String> refused;
            try (PixelBudget.Lease other = budget.take(4096, 4096).orElseThrow()) {
                refused = busy.exchange(busy.request(API + "plate_analysis/?lang=en")
                        .header("Idempotency-Key", "lee-1").POST(HttpRequest.BodyPublishers.ofString(request)));
            }

            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("{\"error\":\"Too many plate views are being analysed right now. Please try again in a few "
                    + "seconds.\"}", refused.body());
            assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
            assertEquals(List.of(), busy.bean(PlateAnalysisRecords.class).findByUser(new UserId("lee")));
            TestServer.Response retried = busy.send(busy.request(API + "plate_analysis/?lang=en")
                    .header("Idempotency-Key", "lee-1").POST(HttpRequest.BodyPublishers.ofString(request)));
            assertEquals(201, retried.status(), retried.body());
        }
    }

    @Test
    void givenAViewOfMoreThan4096PixelsOnASide_analysePlate_answers400NamingTheLimit() {
        BufferedImage wide = new BufferedImage(4097, 16, BufferedImage.TYPE_INT_RGB);

        TestServer.Response response = analyse(server, "", body(ALICE, List.of(PlateRenders.dataUri(wide, "png")),
                MUSHROOM_PLATE));

        assertEquals(new TestServer.Response(400, message("Oops, image 1 is too large: send views of at most "
                + "4096x4096 pixels, such as the slicer's 512x512 renders.")), response);
    }
}
