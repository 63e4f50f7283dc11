package dev.slicewise.application.port.out;

import dev.slicewise.application.port.out.CreditAccountRepository.Debit;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link CreditAccountRepository} must do; each implementation's test extends this class. */
public abstract class CreditAccountRepositoryContract {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");
    private static final Credits ONE = new Credits(1);
    private static final Credits GRANT = new Credits(10);

    private CreditAccountRepository accounts;

    /** A repository holding no accounts. */
    protected abstract CreditAccountRepository newRepository();

    @BeforeEach
    void createRepository() {
        accounts = newRepository();
    }

    @Test
    void givenUserWithoutAccount_balance_returnsEmpty() {
        assertEquals(Optional.empty(), accounts.balance(ALICE));
    }

    @Test
    void givenUserWithoutAccount_debit_grantsThenDebits() {
        assertEquals(new Debit.Done(new Credits(7)), accounts.debit(ALICE, new Credits(3), GRANT, "request-1"));
        assertEquals(Optional.of(new Credits(7)), accounts.balance(ALICE));
    }

    @Test
    void givenExistingAccount_debit_takesFromTheBalanceAndIgnoresTheGrant() {
        accounts.debit(ALICE, new Credits(3), GRANT, "request-2");

        assertEquals(new Debit.Done(new Credits(5)),
                accounts.debit(ALICE, new Credits(2), new Credits(1000), "request-3"));
        assertEquals(Optional.of(new Credits(5)), accounts.balance(ALICE));
    }

    @Test
    void givenDebitOfTheWholeBalance_debit_leavesZeroAndTheNextDebitIsShort() {
        assertEquals(new Debit.Done(Credits.NONE), accounts.debit(ALICE, GRANT, GRANT, "request-4"));

        assertEquals(new Debit.Short(Credits.NONE), accounts.debit(ALICE, ONE, GRANT, "request-5"));
        assertEquals(Optional.of(Credits.NONE), accounts.balance(ALICE));
    }

    @Test
    void givenDebitLargerThanTheBalance_debit_returnsShortAndChangesNothing() {
        accounts.debit(ALICE, new Credits(8), GRANT, "request-6");

        assertEquals(new Debit.Short(new Credits(2)), accounts.debit(ALICE, new Credits(3), GRANT, "request-7"));
        assertEquals(Optional.of(new Credits(2)), accounts.balance(ALICE));
    }

    @Test
    void givenUserWithoutAccountAndDebitLargerThanTheGrant_debit_returnsShortAndOpensTheAccountWithTheGrant() {
        assertEquals(new Debit.Short(GRANT), accounts.debit(ALICE, new Credits(11), GRANT, "request-8"));
        assertEquals(Optional.of(GRANT), accounts.balance(ALICE));
    }

    @Test
    void givenTwoUsers_debit_takesOnlyFromTheDebitedUser() {
        accounts.debit(ALICE, ONE, GRANT, "request-9");
        accounts.debit(BOB, new Credits(4), GRANT, "request-10");

        assertEquals(Optional.of(new Credits(9)), accounts.balance(ALICE));
        assertEquals(Optional.of(new Credits(6)), accounts.balance(BOB));
    }

    @Test
    void givenGrantOfTen_fiftyConcurrentDebitsOfOne_yieldTenDoneFortyShortAndZeroBalance() throws Exception {
        List<Debit> outcomes = ConcurrentCalls.run(requestIds(50), id -> accounts.debit(ALICE, ONE, GRANT, id));

        List<Credits> balancesAfterDone = outcomes.stream()
                .filter(Debit.Done.class::isInstance)
                .map(done -> ((Debit.Done) done).balanceAfter())
                .sorted(Comparator.comparingLong(Credits::amount))
                .toList();
        List<Credits> everyBalanceFromZeroToNine = LongStream.range(0, 10).mapToObj(Credits::new).toList();
        assertEquals(everyBalanceFromZeroToNine, balancesAfterDone, "ten debits succeed, each with its own balance");
        assertEquals(Collections.nCopies(40, new Debit.Short(Credits.NONE)),
                outcomes.stream().filter(Debit.Short.class::isInstance).toList());
        assertEquals(Optional.of(Credits.NONE), accounts.balance(ALICE));
    }

    @Test
    void givenANewUserWithEnoughCredits_manyConcurrentDebitsOfOne_allSucceedWithoutAnError() throws Exception {
        Credits plenty = new Credits(10_000);

        List<Debit> outcomes = ConcurrentCalls.run(requestIds(200), id -> accounts.debit(ALICE, ONE, plenty, id));

        assertEquals(200, outcomes.stream().filter(Debit.Done.class::isInstance).count());
        assertEquals(Optional.of(new Credits(9_800)), accounts.balance(ALICE));
    }

    @Test
    void givenRequestDebitedBefore_debitUnderTheSameRequestId_takesNothingAndReportsTheBalance() {
        accounts.debit(ALICE, new Credits(3), GRANT, "request-a");

        assertEquals(new Debit.Done(new Credits(7)), accounts.debit(ALICE, new Credits(3), GRANT, "request-a"));
        assertEquals(Optional.of(new Credits(7)), accounts.balance(ALICE));
    }

    @Test
    void givenShortDebit_aLaterDebitUnderTheSameRequestId_isMadeWhenTheBalanceIsEnough() {
        assertEquals(new Debit.Short(GRANT), accounts.debit(ALICE, new Credits(11), GRANT, "request-a"));

        assertEquals(new Debit.Done(new Credits(9)), accounts.debit(ALICE, ONE, GRANT, "request-a"));
    }

    @Test
    void givenOneRequest_twentyConcurrentDebitsUnderItsId_takeOnce() throws Exception {
        List<Debit> outcomes = ConcurrentCalls.run(Collections.nCopies(20, "request-a"),
                id -> accounts.debit(ALICE, ONE, GRANT, id));

        assertEquals(Collections.nCopies(20, new Debit.Done(new Credits(9))), outcomes);
        assertEquals(Optional.of(new Credits(9)), accounts.balance(ALICE));
    }

    private static List<String> requestIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "request-" + i).toList();
    }
}
