package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.catalog.Direction;
import dev.slicewise.domain.catalog.Nozzle;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.knowledge.SlicingGoal;
import dev.slicewise.domain.knowledge.Wishes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WishesReaderTest {

    private final WishesReader reader = new WishesReader(Vocabulary.standard(), SettingsCatalog.standard(),
            ShippedGoalModel.get());

    private Wishes read(String... userMessages) {
        return reader.read(new Conversation(List.of(userMessages).stream().map(ChatMessage::user).toList()));
    }

    @Test
    void aGoalAskedForAgain_isWantedMore() {
        assertEquals(1, read("make it stronger").goals().intensity(SlicingGoal.STRONGER));
        assertEquals(2, read("make it stronger", "even stronger").goals().intensity(SlicingGoal.STRONGER));
        assertEquals(2, read("我需要这个支架很结实", "再结实一点").goals().intensity(SlicingGoal.STRONGER));
    }

    @Test
    void anEmphasisedGoal_startsHigher() {
        assertEquals(2, read("make it much stronger").goals().intensity(SlicingGoal.STRONGER));
    }

    @Test
    void evenMore_raisesTheGoalAskedForLast() {
        Wishes wishes = read("make it stronger", "and print faster", "even more");
        assertEquals(1, wishes.goals().intensity(SlicingGoal.STRONGER));
        assertEquals(2, wishes.goals().intensity(SlicingGoal.FASTER));
    }

    @Test
    void onlyTheUsersMessagesCount() {
        Conversation conversation = Conversation.of(ChatMessage.user("finer detail please"),
                ChatMessage.assistant("Here is what I recommend for a stronger part, faster printing."),
                ChatMessage.user("thanks"));
        assertEquals(List.of(SlicingGoal.FINER_DETAIL), reader.read(conversation).goals().byPriority());
    }

    @Test
    void aNumberNextToTheNozzle_isItsDiameterOrItsTemperature() {
        assertEquals(Optional.of(new Nozzle(new BigDecimal("0.6"))), read("I use a 0.6 nozzle").nozzle());
        assertEquals(Map.of("nozzle_temperature", "215"), read("nozzle 215").values());
        assertEquals(Optional.of(new Nozzle(new BigDecimal("0.6"))), read("我的喷嘴是0.6的").nozzle());
        assertEquals(Wishes.none(), read("nozzle 50"), "neither a diameter nor a temperature");
    }

    @Test
    void valuesAreInOrcaSlicersForm_andALaterValueReplacesAnEarlierOne() {
        assertEquals(Map.of("sparse_infill_density", "30%", "wall_loops", "3"),
                read("infill 40% and 3 walls", "actually 30% infill").values());
        assertEquals(Map.of("enable_support", "0", "brim_type", "outer_only"), read("no supports, but add a brim").values());
    }

    @Test
    void keepingASetting_dropsTheValueAskedForIt() {
        Wishes wishes = read("layer height 0.12", "actually keep the layer height");
        assertEquals(Set.of("layer_height"), wishes.kept());
        assertEquals(Map.of(), wishes.values());
        assertEquals(Map.of("layer_height", "0.16"), read("keep the layer height", "0.16 layer height").values());
    }

    @Test
    void aKindOfSupports_switchesSupportsOnWithThatType() {
        assertEquals(Map.of("enable_support", "1", "support_type", "normal(auto)"),
                read("use normal supports").values());
        assertEquals(Map.of("enable_support", "1", "support_type", "tree(auto)"), read("树状支撑").values());
        assertEquals(Map.of("enable_support", "0"), read("no tree supports").values());
    }

    @Test
    void aRaft_isThreeLayersAndNoRaftNone() {
        assertEquals(Map.of("raft_layers", "3"), read("print it on a raft").values());
        assertEquals(Map.of("raft_layers", "0"), read("sans radeau").values());
    }

    // ---- values in the forms users write them, and moves

    @Test
    void aNumber_goesToTheAmountItsUnitAndSizeFit() {
        assertEquals(Map.of("outer_wall_speed", "45"), read("perímetro exterior a 45 mm/s").values());
        assertEquals(Map.of("outer_wall_line_width", "0.45"), read("outer wall 0.45").values());
        assertEquals(Map.of("outer_wall_speed", "80"), read("outer wall 80").values());
        assertEquals(Map.of("initial_layer_print_height", "0.28"), read("first layer 0.28").values());
        assertEquals(Map.of("nozzle_temperature_initial_layer", "225"), read("first layer 225°C").values());
        assertEquals(Map.of("brim_width", "6"), read("brim 6mm").values());
        assertEquals(Map.of("sparse_infill_density", "35%"), read("infill 35").values());
    }

    @Test
    void aNumberInAUnitTheSettingCannotHave_isNoValueOfIt() {
        assertEquals(Map.of(), read("walls 60 mm/s").values());
    }

    @Test
    void aBareLayer_takesOnlyALayerHeight() {
        assertEquals(Map.of("layer_height", "0.16"), read("layer 0.16").values());
        assertEquals(Map.of("layer_height", "0.24"), read("Schicht 0,24 mm bitte").values());
        assertEquals(Map.of(), read("layer 30 shifted").values());
    }

    @Test
    void anImplausibleCount_isStillRead_soThatTheGuardrailRefusesItInWords() {
        assertEquals(Map.of("wall_loops", "80"), read("80 walls").values());
    }

    @Test
    void aDirection_movesTheSettingsAmountThatItSpeaksOf() {
        assertEquals(Map.of("brim_width", Direction.UP), read("wider brim please").moves());
        assertEquals(Map.of("top_shell_layers", Direction.UP), read("more top layers").moves());
        assertEquals(Map.of("top_shell_thickness", Direction.UP), read("thicker top shell").moves());
        assertEquals(Map.of("outer_wall_speed", Direction.DOWN), read("外墙慢一点").moves());
        assertEquals(Map.of("initial_layer_speed", Direction.DOWN), read("slower first layer").moves());
    }

    @Test
    void directions_inTheOtherLanguages() {
        assertEquals(Map.of("brim_width", Direction.UP), read("une bordure plus large").moves());
        assertEquals(Map.of("top_shell_layers", Direction.UP), read("più strati superiori").moves());
        assertEquals(Map.of("outer_wall_speed", Direction.DOWN), read("parede externa mais devagar").moves());
        assertEquals(Map.of("wall_loops", Direction.DOWN), read("меньше стенок").moves());
        assertEquals(Map.of("top_shell_layers", Direction.UP), read("頂層多一點").moves());
        assertEquals(Map.of("brim_width", Direction.DOWN), read("Rand schmaler machen").moves());
    }

    @Test
    void aMove_holdsForItsOwnMessageOnly() {
        Wishes wishes = read("wider brim", "and 3 walls");
        assertEquals(Map.of(), wishes.moves());
        assertEquals(Map.of("wall_loops", "3"), wishes.values());
    }

    @Test
    void everydayDirections_moveTheSettingNamedNextToThem() {
        assertEquals(Map.of("sparse_infill_density", Direction.UP), read("could you bump up the infill").moves());
        assertEquals(Map.of("sparse_infill_density", Direction.UP), read("填充再高一点吧").moves());
        assertEquals(Map.of("wall_loops", Direction.UP), read("стенок сделай побольше").moves());
        assertEquals(Map.of("nozzle_temperature", Direction.DOWN), read("die Düsentemperatur bitte runter").moves());
    }

    @Test
    void thickerWalls_areMoreWalls() {
        assertEquals(Map.of("wall_loops", Direction.UP), read("give it thicker walls").moves());
        assertEquals(Map.of("wall_loops", Direction.DOWN), read("墙薄点").moves());
    }

    @Test
    void thePrintSpeedAndTheBedTemperature_takeANumberOrADirectionEverywhere() {
        assertEquals(Map.of("outer_wall_speed", Direction.DOWN, "inner_wall_speed", Direction.DOWN,
                "sparse_infill_speed", Direction.DOWN), read("turn the speed down a little").moves());
        assertEquals(Map.of("hot_plate_temp", "62", "textured_plate_temp", "62"), read("bed temperature 62").values());
    }

    @Test
    void aRetractionNumber_landsOnTheFilamentsRetraction() {
        assertEquals(Map.of("filament_retraction_length", "1.2"), read("retraction 1.2 mm").values());
        assertEquals(Map.of("filament_retraction_speed", "35"), read("ретракт 35 мм/с").values());
    }

    @Test
    void aGoalSaidNotToMatter_isNoWish() {
        assertEquals(List.of(SlicingGoal.SAVE_MATERIAL),
                read("use less filament, strength doesn't matter here").goals().byPriority());
        assertEquals(List.of(SlicingGoal.FASTER), read("尽快打完，强度无所谓").goals().byPriority());
        assertEquals(List.of(SlicingGoal.FASTER), read("schneller bitte, Festigkeit ist egal").goals().byPriority());
        assertEquals(List.of(SlicingGoal.STRONGER), read("it must be strong, looks don't matter").goals().byPriority());
    }
}
