package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BankValuesTest {
    @Test
    void aShownValueIsQuotedCleanedOfControlCharactersAndCutAfterFortyCharacters() {
        assertEquals("\"Kiosk\"", BankValues.shown("Kio\u001bsk"));
        assertEquals("\"" + "x".repeat(40) + "…\"", BankValues.shown("x".repeat(41)));
        assertEquals("'EURO'", CamtValues.shown("EURO"), "camt quotes with single quotes, as it always has");
    }

    @Test
    void ofxQifAndCamtRefuseAValueWithTheSameKindOfReason() {
        BankValues.Bad ofx = org.junit.jupiter.api.Assertions.assertThrows(BankValues.Bad.class, () -> OfxValues.date("20261131"));
        assertEquals("\"20261131\" is not a date that exists", ofx.getMessage());
        BankValues.Bad camt = org.junit.jupiter.api.Assertions.assertThrows(BankValues.Bad.class, () -> CamtValues.date("2026-11-31"));
        assertEquals("'2026-11-31' is not a day that exists", camt.getMessage());
    }
}
