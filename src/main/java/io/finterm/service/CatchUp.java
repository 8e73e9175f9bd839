package io.finterm.service;

import java.util.List;

/** What a catch-up did: the occurrences it posted, and those that wait for approval. */
public record CatchUp(List<Posted> posted, List<Due> waiting) {
    public static final CatchUp NONE = new CatchUp(List.of(), List.of());

    public CatchUp {
        posted = List.copyOf(posted);
        waiting = List.copyOf(waiting);
    }

    public boolean isEmpty() {
        return posted.isEmpty() && waiting.isEmpty();
    }
}
