package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.catalog.Nozzle;
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

    private final WishesReader reader = new WishesReader(Vocabulary.standard(), ShippedGoalModel.get());

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
}
