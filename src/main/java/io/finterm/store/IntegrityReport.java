package io.finterm.store;

import java.util.List;
import java.util.Map;

/** What an integrity check found: every problem in words, and how many rows each table has. */
public record IntegrityReport(List<String> problems, Map<String, Long> rowCounts) {
    public IntegrityReport {
        problems = List.copyOf(problems);
        rowCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowCounts));
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
