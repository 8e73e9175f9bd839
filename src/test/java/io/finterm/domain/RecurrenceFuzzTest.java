package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.finterm.service.DateInput;
import io.finterm.testdata.Mutations;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer of {@code service.FuzzTest} on what people type for a schedule's rule: mutated
 * {@code --day|--weekday|--every|--interval|--start|--end|--count} lines through {@link ScheduleInput},
 * {@link Recurrence}, {@link RecurrenceDates#requireFires} and a year of dates. Each gives a rule or a
 * {@link ValidationException} with a message, never another exception, and none takes a second.
 */
@Tag("fuzz")
class RecurrenceFuzzTest {
    private static final int INPUTS = Integer.getInteger("finterm.fuzz.inputs", 5_000);
    private static final long SEED = Long.getLong("finterm.fuzz.seed", 20261130L);
    private static final long SECOND = 1_000_000_000L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String[] PIECES = {"|", "last", "1st", "2nd", "5th", "second", "fifth", "tue", "friday", "0", "31", "32", "-1",
        "999", "1000", "10000", "10001", "2147483648", "2024-02-29", "2026-02-30", "1900-01-01", "2999-12-31", "3000-01-01", "today",
        "month", "year", "week", "day", "months", " ", "\u001b[2J", "\u0000", "😀", "é", "x".repeat(50)};
    private static final Mutations MUTATIONS = new Mutations(PIECES, 8, 20);
    private static final List<String> SEEDS = List.of("1||month|1|2026-01-01||", "|2nd tue|month|2|2026-01-05|2027-01-01|",
            "last||month|1|2026-01-31||12", "|tue|week|2|2026-01-07||", "15||year|1|2026-03-15||", "30||year|1|2026-02-01||",
            "|5th mon|year|1|2026-02-01|2050-12-31|", "||day|3|1900-01-01||10000", "29||year|4|2028-02-29|2999-12-31|",
            "1||month|999|2999-12-01||", "|last fri|month|1|2026-01-01||");

    private static String field(String[] fields, int i) {
        return i < fields.length && !fields[i].isBlank() ? fields[i] : null;
    }

    /** A whole number as picocli reads {@code --interval} and {@code --count}: anything else is refused naming the option. */
    private static int number(String option, String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(option, "'" + Text.clean(text) + "' is not a whole number");
        }
    }

    /** Reads one line as the CLI reads the options, then asks the engine everything a schedule asks of it. */
    private static void rule(String line) {
        String[] f = line.split("\\|", -1);
        int day = field(f, 0) == null ? 0 : ScheduleInput.day(field(f, 0));
        ScheduleInput.NthWeekday weekday = field(f, 1) == null ? null : ScheduleInput.weekday(field(f, 1));
        Frequency every = ScheduleInput.every(field(f, 2) == null ? "" : field(f, 2));
        int interval = field(f, 3) == null ? 1 : number("interval", field(f, 3));
        LocalDate start = DateInput.day("start", field(f, 4) == null ? "" : field(f, 4), TODAY);
        LocalDate end = field(f, 5) == null ? null : DateInput.day("end", field(f, 5), TODAY);
        int count = number("count", field(f, 6));
        Recurrence r = new Recurrence(every, interval, day, weekday == null ? 0 : weekday.nth(), weekday == null ? null : weekday.day(),
                start, end, count);
        RecurrenceDates.requireFires(r);
        LocalDate next = RecurrenceDates.next(r, start);
        List<LocalDate> year = RecurrenceDates.between(r, next, next.plusDays(366));
        assertTrue(!year.isEmpty() && year.get(0).equals(next), r + " fires first on " + next + " but gave " + year);
        RecurrenceWords.describe(r, WeekendPolicy.BEFORE);
    }

    @Test
    void theSeedsAreRulesExceptTheOneOnThirtiethOfFebruary() {
        for (String seed : SEEDS) {
            if (seed.startsWith("30|")) {
                assertThrows(ValidationException.class, () -> rule(seed));
            } else {
                assertDoesNotThrow(() -> rule(seed), seed);
            }
        }
    }

    @Test
    void mutatedRulesGiveDatesOrARefusalWithAMessageWithinASecond() {
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            String seed = SEEDS.get(random.nextInt(SEEDS.size()));
            String input;
            if (random.nextBoolean()) {
                input = MUTATIONS.mutate(seed, random);
            } else { // one option mutated, the others left as they were: deeper into each parser and the engine
                String[] options = seed.split("\\|", -1);
                int which = random.nextInt(options.length);
                options[which] = MUTATIONS.mutate(options[which], random);
                input = String.join("|", options);
            }
            long began = System.nanoTime();
            try {
                rule(input);
            } catch (ValidationException e) {
                refused++;
                if (e.reason() == null || e.reason().isBlank() || e.field() == null || e.field().isBlank()) {
                    fail("a refusal without a field or a reason for input #" + i + ": " + input);
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("input #" + i + " threw " + e + " for " + input.replace("\u001b", "\\e"), e);
            }
            if (System.nanoTime() - began > SECOND) {
                fail("input #" + i + " took over a second: " + input);
            }
        }
        assertTrue(refused > INPUTS / 10 && INPUTS - refused > INPUTS / 100, "both answers are exercised: " + refused + " refused");
        System.out.printf("fuzz recurrence: %d inputs, %d refused with a message, %d accepted%n", INPUTS, refused, INPUTS - refused);
    }
}
