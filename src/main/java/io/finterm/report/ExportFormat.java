package io.finterm.report;

/** What {@code x} writes: a text report with its charts, CSV, JSON or Markdown. */
public enum ExportFormat {
    TEXT("txt"), CSV("csv"), JSON("json"), MD("md");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
