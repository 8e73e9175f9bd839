package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "a\u001b[2Jb|a[2Jb|CSI erase screen loses its ESC",
        "x\u001b]52;c;aGk=\u0007y|x]52;c;aGk=y|OSC 52 clipboard write loses ESC and BEL",
        "p\u009b31mq|p31mq|C1 CSI is removed",
        "evil\u202Egnp.exe|evilgnp.exe|bidi override is removed",
        "zero\u200Bwidth\uFEFF|zerowidth|zero-width characters are removed",
        "tab\there|tab here|tab becomes a space",
        "a\u2066b\u2069c\u061Cd|abcd|bidi isolates and the Arabic letter mark are removed",
        "soft\u00ADhy\u180Ephen|softhyphen|soft hyphen and Mongolian vowel separator are removed",
        "line\u2028para\u2029end|line para end|Unicode line and paragraph separators become spaces",
        "o\u0090sc\u009d52|osc52|C1 DCS and OSC are removed",
        "  padded  |padded|surrounding spaces are trimmed",
        "caf\u00e9 \u20ac 5|caf\u00e9 \u20ac 5|ordinary text is kept",
    })
    void controlCharactersAreNeutralised(String input, String expected, String why) {
        assertEquals(expected, Text.clean(input), why);
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String s = "groceries at the market";
        assertSame(s, Text.clean(s));
        assertEquals("", Text.clean(null));
    }
}
