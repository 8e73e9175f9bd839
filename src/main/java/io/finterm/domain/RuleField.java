package io.finterm.domain;

/** Which text of a transaction a {@link Rule}'s pattern is matched against. */
public enum RuleField {
    PAYEE("payee"),
    DESCRIPTION("description"),
    /** The payee or the description: either may hit. */
    ANY("any");

    private final String label;

    RuleField(String label) {
        this.label = label;
    }

    /** The word the command line and the screens use ({@code --field payee}). */
    public String label() {
        return label;
    }

    /** The field a label names, or a {@link ValidationException} that lists the choices. */
    public static RuleField of(String label) {
        for (RuleField f : values()) {
            if (f.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
                return f;
            }
        }
        throw new ValidationException("field", "'" + Text.clean(label) + "' is not one of payee, description, any");
    }
}
