package io.finterm.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.RecurringFinder.Found;
import io.finterm.analysis.RecurringFinder.Payment;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecurringFinderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    /** A history written by hand: payments from the checking account (id 1) unless said otherwise. */
    private static final class History {
        final List<Payment> payments = new ArrayList<>();

        History pay(String date, String payee, String description, String amount) {
            return add(LocalDate.parse(date), TxKind.EXPENSE, 1, payee, description, amount);
        }

        History add(LocalDate date, TxKind kind, long account, String payee, String description, String amount) {
            payments.add(new Payment(payments.size() + 1L, date, kind, account, account == 1 ? "Checking" : "Card",
                    kind == TxKind.INCOME ? "Salary" : "Bills", payee, description, Money.parse(amount, Money.currency("EUR"))));
            return this;
        }

        List<Found> find() {
            return RecurringFinder.find(payments, TODAY);
        }
    }

    private static History netflix() {
        History h = new History();
        for (YearMonth m = YearMonth.of(2025, 9); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            h.pay(m.atDay(15).toString(), "Netflix", "NETFLIX.COM", "13.30");
        }
        return h;
    }

    @Test
    void netflixPaidOnTheFifteenthFourteenTimesIsOfferedMonthlyOnTheFifteenthFromItsNextDate() {
        List<Found> found = netflix().find();
        assertEquals(1, found.size());
        Found f = found.get(0);
        assertEquals("Netflix, 13.30 EUR monthly on the 15th, 14 times since 2025-09", f.describe());
        assertEquals(LocalDate.of(2026, 11, 15), f.next());
        assertEquals(new Recurrence(Frequency.MONTH, 1, 15, 0, null, LocalDate.of(2026, 11, 15), null, 0), f.rule());
        assertEquals(LocalDate.of(2025, 9, 15), f.first());
        assertEquals(LocalDate.of(2026, 10, 15), f.last());
        assertEquals(14, f.transactionIds().size());
        assertEquals(List.of(1L, 2L, 3L), f.transactionIds().subList(0, 3));
        assertFalse(f.approximate());
        assertEquals(TxKind.EXPENSE, f.kind());
        assertEquals("Checking", f.account());
        assertEquals("Bills", f.category());
        assertEquals(WeekendPolicy.KEEP, f.weekend());
    }

    /** Netflix on the 28th from January to September 2026: October and November not paid (yet). */
    private static History netflixToSeptember() {
        History h = new History();
        for (int m = 1; m <= 9; m++) {
            h.pay(LocalDate.of(2026, m, 28).toString(), "Netflix", "", "13.30");
        }
        return h;
    }

    @Test
    void aMonthlySeriesIsAliveWhileOnlyOnePaymentIsMissingAndNotOnceTheSecondIsPastItsTolerance() {
        // October 28 missed; November 28 may still come until December 2 (4 days' tolerance)
        assertEquals(1, RecurringFinder.find(netflixToSeptember().payments, LocalDate.of(2026, 12, 2)).size());
        assertEquals(List.of(), RecurringFinder.find(netflixToSeptember().payments, LocalDate.of(2026, 12, 3)),
                "October and November both missed: the subscription stopped");
    }

    @Test
    void aWeeklySeriesIsAliveWhileOnlyOneWeekIsMissingAndNotOnceTheSecondIsPastItsTolerance() {
        History h = new History();
        LocalDate monday = LocalDate.of(2026, 6, 1);
        for (int w = 0; w < 12; w++) {
            h.pay(monday.plusWeeks(w).toString(), "Cleaner", "", "40.00");
        }
        LocalDate last = monday.plusWeeks(11);
        List<Found> alive = RecurringFinder.find(h.payments, last.plusWeeks(2).plusDays(1));
        assertEquals(1, alive.size());
        assertEquals(last.plusWeeks(2), alive.get(0).next(), "the one week missed is passed over; the late one waits");
        assertEquals(List.of(), RecurringFinder.find(h.payments, last.plusWeeks(2).plusDays(2)));
    }

    @Test
    void theNextDateOfASeriesWithAMissedPaymentMovesPastItSoThatAtMostTheOneLatePaymentWaits() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        Found f = RecurringFinder.find(netflixToSeptember().payments, today).get(0);
        assertEquals(LocalDate.of(2026, 11, 28), f.next(), "October 28 went unpaid: it is not booked now");
        assertEquals(LocalDate.of(2026, 11, 28), f.rule().start());
        assertEquals(LocalDate.of(2026, 9, 28), f.last());
        assertEquals(28, f.rule().day());
        assertTrue(!f.next().isBefore(today.minusDays(4)), "next " + f.next() + " is at most the tolerance before today");
        // paid in October too: November 28 is the next date, two days late, and waits
        History paid = netflixToSeptember().pay("2026-10-28", "Netflix", "", "13.30");
        assertEquals(LocalDate.of(2026, 11, 28), RecurringFinder.find(paid.payments, today).get(0).next());
        // October 28 more than 4 days overdue on November 3: the next date is November's
        assertEquals(LocalDate.of(2026, 11, 28), RecurringFinder.find(netflixToSeptember().payments, LocalDate.of(2026, 11, 3))
                .get(0).next());
        // within the tolerance, the late payment is the next date
        assertEquals(LocalDate.of(2026, 10, 28), RecurringFinder.find(netflixToSeptember().payments, LocalDate.of(2026, 11, 1))
                .get(0).next());
    }

    @Test
    void aSeriesWhoseDescriptionsCarryAReferenceIsDescribedWithoutIt() {
        History h = new History();
        LocalDate monday = LocalDate.of(2026, 8, 3);
        for (int w = 0; w < 12; w++) {
            h.pay(monday.plusWeeks(w).toString(), "Yoga Studio", "Yoga class " + (4067 + w), "12.00");
        }
        for (int m = 0; m < 10; m++) {
            h.pay(LocalDate.of(2026, 1, 9).plusMonths(m).toString(), "", "PAYPAL *SPOTIFY " + (25313507000L + 17 * m), "10.99");
        }
        for (int m = 0; m < 10; m++) {
            h.pay(LocalDate.of(2026, 1, 20).plusMonths(m).toString(), "Landlord", "Rent", "900.00");
        }
        List<Found> found = h.find();
        assertEquals(List.of("Landlord", "PAYPAL *SPOTIFY", "Yoga Studio"), found.stream().map(Found::name).toList());
        assertEquals("Rent", found.get(0).description(), "the same every month: kept as it is");
        assertEquals("PAYPAL *SPOTIFY", found.get(1).description());
        assertEquals("Yoga class", found.get(2).description());
    }

    @Test
    void aSubscriptionLastPaidFourMonthsAgoIsNotOffered() {
        History h = new History();
        for (YearMonth m = YearMonth.of(2025, 3); !m.isAfter(YearMonth.of(2026, 6)); m = m.plusMonths(1)) {
            h.pay(m.atDay(3).toString(), "Spotify", "", "10.99");
        }
        assertEquals(List.of(), h.find());
    }

    @Test
    void aMonthlyPaymentMissedOnceIsStillOfferedButOneMissedForThreeMonthsIsNot() {
        History alive = new History();
        for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.of(2026, 9)); m = m.plusMonths(1)) {
            alive.pay(m.atDay(3).toString(), "Gym", "", "29.00");
        }
        assertEquals(1, alive.find().size(), "last paid 2026-09-03, the October payment missed");
        History dead = new History();
        for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.of(2026, 7)); m = m.plusMonths(1)) {
            dead.pay(m.atDay(3).toString(), "Gym", "", "29.00");
        }
        assertEquals(List.of(), dead.find(), "last paid 2026-07-03");
    }

    @Test
    void aSkippedMonthInsideASeriesKeepsItOneSeries() {
        History h = new History();
        for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            if (m.getMonthValue() != 5) {
                h.pay(m.atDay(20).toString(), "Phone Co", "", "19.99");
            }
        }
        List<Found> found = h.find();
        assertEquals(1, found.size());
        assertEquals("Phone Co, 19.99 EUR monthly on the 20th, 9 times since 2026-01", found.get(0).describe());
    }

    @Test
    void aSupermarketVisitedEveryFewDaysForVaryingAmountsIsNotOffered() {
        History h = new History();
        Random random = new Random(7);
        for (LocalDate d = LocalDate.of(2024, 11, 1); d.isBefore(TODAY); d = d.plusDays(2 + random.nextInt(5))) {
            long cents = Math.round(Math.exp(Math.log(1500) + random.nextDouble() * Math.log(10)));
            h.pay(d.toString(), "REWE", "REWE Markt sagt danke " + random.nextInt(99999),
                    Money.of(cents, "EUR").toDecimalString());
        }
        assertTrue(h.payments.size() > 150);
        assertEquals(List.of(), h.find());
    }

    @Test
    void rentPaidOnTheLastDayOfEachMonthIsOfferedOnTheLastDay() {
        History h = new History();
        for (YearMonth m = YearMonth.of(2025, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            h.pay(m.atEndOfMonth().toString(), "Landlord", "Miete", "950.00");
        }
        Found f = h.find().get(0);
        assertEquals("Landlord, 950.00 EUR monthly on the last day, 12 times since 2025-11", f.describe());
        assertEquals(Recurrence.LAST, f.rule().day());
        assertEquals(LocalDate.of(2026, 11, 30), f.next());
    }

    @Test
    void aSalaryPaidOnTheLastBusinessDayIsOfferedOnTheLastDayMovedBeforeTheWeekend() {
        History h = new History();
        for (YearMonth m = YearMonth.of(2025, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            LocalDate d = m.atEndOfMonth();
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.minusDays(1);
            }
            h.add(d, TxKind.INCOME, 1, "ACME GmbH", "Gehalt", "3210.00");
        }
        Found f = h.find().get(0);
        assertEquals("ACME GmbH, 3210.00 EUR monthly on the last business day, 12 times since 2025-11", f.describe());
        assertEquals(TxKind.INCOME, f.kind());
        assertEquals(WeekendPolicy.BEFORE, f.weekend());
        assertEquals(Recurrence.LAST, f.rule().day());
        assertEquals(LocalDate.of(2026, 11, 30), f.next());
    }

    @Test
    void aWeeklyPaymentOnFridaysBookedADayLateNowAndThenIsOfferedWeeklyOnFriday() {
        History h = new History();
        LocalDate friday = LocalDate.of(2026, 7, 3);
        for (int i = 0; i < 17; i++) {
            h.pay(friday.plusWeeks(i).plusDays(i % 4 == 3 ? 1 : 0).toString(), "Cleaner", "", "60.00");
        }
        Found f = h.find().get(0);
        assertEquals("Cleaner, 60.00 EUR weekly on Friday, 17 times since 2026-07", f.describe());
        assertEquals(LocalDate.of(2026, 10, 23), f.last());
        // Friday 30 October is two days overdue on Sunday 1 November (a day's tolerance): the next date is the week after
        assertEquals(LocalDate.of(2026, 11, 6), f.next());
    }

    @Test
    void aPaymentEveryOtherWeekIsOfferedEveryTwoWeeks() {
        History h = new History();
        for (int i = 0; i < 10; i++) {
            h.pay(LocalDate.of(2026, 6, 25).plusWeeks(2L * i).toString(), "Babysitter", "", "80.00");
        }
        Found f = h.find().get(0);
        assertEquals("Babysitter, 80.00 EUR every 2 weeks on Thursday, 10 times since 2026-06", f.describe());
        assertEquals(LocalDate.of(2026, 11, 12), f.next());
    }

    @Test
    void aYearlyFeeOnTheFifteenthOfMarchIsOfferedYearly() {
        History h = new History();
        h.pay("2024-03-15", "ADAC", "", "94.00").pay("2025-03-17", "ADAC", "", "94.00").pay("2026-03-14", "ADAC", "", "99.00");
        Found f = h.find().get(0);
        assertEquals("ADAC, about 99.00 EUR yearly on 15 March, 3 times since 2024-03", f.describe());
        assertTrue(f.approximate());
        assertEquals(LocalDate.of(2027, 3, 15), f.next());
    }

    @Test
    void twoYearlyPaymentsAreOfferedOnlyWithTheSameAmount() {
        History same = new History().pay("2025-02-01", "Insurer", "", "310.00").pay("2026-02-02", "Insurer", "", "310.00");
        assertEquals("Insurer, 310.00 EUR yearly on 1 February, 2 times since 2025-02", same.find().get(0).describe());
        History different = new History().pay("2025-02-01", "Insurer", "", "310.00").pay("2026-02-02", "Insurer", "", "329.00");
        assertEquals(List.of(), different.find());
    }

    @Test
    void aVaryingBillIsApproximateAndTakesTheLatestAmount() {
        History h = new History();
        String[] amounts = {"82.10", "79.40", "85.00", "80.75", "83.30", "81.00"};
        for (int i = 0; i < amounts.length; i++) {
            h.pay(LocalDate.of(2026, 5, 10).plusMonths(i).toString(), "Stadtwerke", "Abschlag", amounts[i]);
        }
        Found f = h.find().get(0);
        assertTrue(f.approximate());
        assertEquals(Money.of(8100, "EUR"), f.amount());
        assertEquals("Stadtwerke, about 81.00 EUR monthly on the 10th, 6 times since 2026-05", f.describe());
    }

    @Test
    void withoutAPayeeTheDescriptionWithoutItsChangingReferenceNumbersGroupsThePayments() {
        History h = new History();
        String[] refs = {"8273629", "1938475", "5551203", "7720016", "3318842"};
        for (int i = 0; i < refs.length; i++) {
            h.pay(LocalDate.of(2026, 6, 2).plusMonths(i).toString(), "", "NETFLIX.COM " + refs[i], "13.30");
        }
        Found f = h.find().get(0);
        assertEquals("NETFLIX.COM, 13.30 EUR monthly on the 2nd, 5 times since 2026-06", f.describe());
        assertEquals("NETFLIX.COM", f.description(), "the reference changes every month: a schedule does not copy it");
    }

    @Test
    void payeesSpeltWithDifferentCaseAccentsOrSharpSAreOnePayee() {
        History h = new History();
        String[] spellings = {"Café Straße", "CAFE STRASSE", "café strasse", "Cafe  Straße"};
        for (int i = 0; i < spellings.length; i++) {
            h.pay(LocalDate.of(2026, 7, 8).plusMonths(i).toString(), spellings[i], "", "45.00");
        }
        List<Found> found = h.find();
        assertEquals(1, found.size());
        assertEquals(4, found.get(0).times());
        assertEquals("Cafe  Straße", found.get(0).payee());
        assertEquals("Cafe Straße", found.get(0).name());
    }

    @Test
    void onePayeeWithAMonthlyAndAYearlySeriesAndOneOffPurchasesGivesTwoSeriesWithUniqueNames() {
        History h = new History();
        // orders of all sizes, one near Prime Video's 8.99 (8.20), none near the yearly fee: orders of about that
        // amount now and then would make three yearly payments chance (see aYearlyFeeAmongOrdersOfTheSameAmountIsNotOffered)
        String[] orders = {"23.49", "61.00", "12.35", "140.20", "9.95", "35.80", "68.00", "17.45", "43.10", "54.99", "8.20",
            "27.60", "210.00"};
        int i = 0;
        for (YearMonth m = YearMonth.of(2025, 10); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            h.pay(m.atDay(12).toString(), "Amazon", "Prime Video", "8.99");
            h.pay(m.atDay(1 + (i * 7) % 27).toString(), "Amazon", "order", orders[i++]);
        }
        h.pay("2024-06-20", "Amazon", "Prime", "89.90").pay("2025-06-20", "Amazon", "Prime", "89.90")
                .pay("2026-06-21", "Amazon", "Prime", "89.90");
        List<Found> found = h.find();
        assertEquals(List.of("Amazon (monthly)", "Amazon (yearly)"), found.stream().map(Found::name).toList());
        assertEquals("Amazon (monthly), 8.99 EUR monthly on the 12th, 13 times since 2025-10", found.get(0).describe());
        assertEquals("Amazon (yearly), 89.90 EUR yearly on 20 June, 3 times since 2024-06", found.get(1).describe());
    }

    @Test
    void aYearlyFeeAmongOrdersOfTheSameAmountIsNotOffered() {
        History h = new History();
        h.pay("2024-06-20", "Amazon", "Prime", "89.90").pay("2025-06-20", "Amazon", "Prime", "89.90")
                .pay("2026-06-21", "Amazon", "Prime", "89.90");
        h.pay("2025-01-10", "Amazon", "order", "88.00").pay("2025-09-02", "Amazon", "order", "93.10")
                .pay("2026-02-14", "Amazon", "order", "85.50");
        assertEquals(List.of(), h.find());
        h.payments.subList(3, 6).clear();
        assertEquals(1, h.find().size());
    }

    @Test
    void aLoanPaidOnTheFirstAndTheFifteenthIsTwoMonthlySeries() {
        History h = new History();
        for (YearMonth m = YearMonth.of(2026, 3); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            h.pay(m.atDay(1).toString(), "Credit Union", "", "250.00").pay(m.atDay(15).toString(), "Credit Union", "", "250.00");
        }
        assertEquals(List.of("Credit Union, 250.00 EUR monthly on the 1st, 8 times since 2026-03",
                "Credit Union 2, 250.00 EUR monthly on the 15th, 8 times since 2026-03"),
                h.find().stream().map(Found::describe).toList());
    }

    @Test
    void aYearlyFeeAMonthOverdueIsNotOffered() {
        History h = new History().pay("2023-10-20", "ADAC", "", "94.00").pay("2024-10-21", "ADAC", "", "94.00")
                .pay("2025-10-20", "ADAC", "", "94.00");
        assertEquals(1, RecurringFinder.find(h.payments, LocalDate.of(2026, 11, 19)).size(), "due 2026-10-20, a month late");
        assertEquals(List.of(), RecurringFinder.find(h.payments, LocalDate.of(2026, 11, 22)));
    }

    @Test
    void theSamePayeeFromTwoAccountsIsTwoSeriesNamedByAccount() {
        History h = new History();
        for (int i = 0; i < 5; i++) {
            h.add(LocalDate.of(2026, 6, 5).plusMonths(i), TxKind.EXPENSE, 1, "Vodafone", "", "30.00");
            h.add(LocalDate.of(2026, 6, 9).plusMonths(i), TxKind.EXPENSE, 2, "Vodafone", "", "12.00");
        }
        List<Found> found = h.find();
        assertEquals(List.of("Vodafone (Card)", "Vodafone (Checking)"), found.stream().map(Found::name).toList());
        assertEquals(2L, found.get(0).accountId());
    }

    @Test
    void paymentsAfterTodayTransfersAndTwoPaymentsAMonthAreLeftOut() {
        History h = new History();
        for (int i = 0; i < 6; i++) {
            h.add(LocalDate.of(2026, 6, 1).plusMonths(i), TxKind.TRANSFER_OUT, 1, "Savings", "", "200.00");
            h.pay(LocalDate.of(2026, 11, 5).plusMonths(i).toString(), "Future", "", "10.00");
        }
        h.pay("2026-09-20", "Once", "", "5.00").pay("2026-10-20", "Once", "", "5.00");
        assertEquals(List.of(), h.find());
    }

    @Test
    void aPaymentWithNeitherPayeeNorAWordOfDescriptionIsIgnored() {
        History h = new History();
        for (int i = 0; i < 6; i++) {
            h.pay(LocalDate.of(2026, 5, 4).plusMonths(i).toString(), null, "4711 0815", "10.00");
        }
        assertEquals(List.of(), h.find());
    }
}
