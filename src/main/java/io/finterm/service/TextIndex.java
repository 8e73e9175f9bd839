package io.finterm.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The past texts of one field (payees, or descriptions) of one kind of transaction, for
 * {@link HistorySuggestions}: each distinct {@link #key key} is one document that counts the categories
 * its rows had, and an inverted index from each word to the documents that hold it finds the closest
 * document to a new text without reading the others.
 *
 * <p>Bank texts carry noise: card and reference numbers, dates, store numbers, city names. Digits and
 * punctuation are dropped by the key; what else is noise is learnt from the history itself, since a word
 * found in many documents (a city, {@code KARTENZAHLUNG}, {@code CB}) weighs little (inverse document
 * frequency) and a word found in few (a merchant's name) weighs much.
 */
final class TextIndex {
    /**
     * How many documents of each word a search reads (the newest, since documents are numbered newest
     * first), and how many of the query's rarest words it reads them for: a search costs at most their
     * product, however long the history, and the best match nearly always shares the query's rarest word.
     */
    static final int POSTINGS_READ = 128;
    static final int WORDS_READ = 4;

    private final Map<String, Integer> words = new HashMap<>();
    private final List<int[]> postings = new ArrayList<>();
    private int[] postingSizes = new int[16];
    private final Map<String, Integer> docsByKey = new HashMap<>();
    private final List<Doc> docs = new ArrayList<>();

    /** One distinct text: its words (ids, ascending), how it was last spelt, and its categories' counts. */
    static final class Doc {
        final int[] words;
        final String shown;
        final Tally tally = new Tally();

        Doc(int[] words, String shown) {
            this.words = words;
            this.shown = shown;
        }
    }

    /** A document and how close it is to the query, from 0 (nothing shared) to 1 (the same words). */
    record Match(Doc doc, double score) {
    }

    /**
     * The text as compared: accents and case folded, and only its words of two letters or more, in
     * order and joined by one space; digits, punctuation and lone letters are dropped.
     * {@code PAYPAL *SPOTIFY 35314369001} → {@code paypal spotify}; {@code CB CARREFOUR 18/11} → {@code cb carrefour}.
     */
    static String key(String text) {
        String folded = SearchText.fold(text == null ? "" : text);
        StringBuilder key = new StringBuilder(folded.length());
        int i = 0;
        while (i < folded.length()) {
            int start = i;
            while (i < folded.length() && Character.isLetter(folded.charAt(i))) {
                i++;
            }
            if (i - start >= 2) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(folded, start, i);
            }
            if (i == start) {
                i++;
            }
        }
        return key.toString();
    }

    /** Counts one past row of {@code categoryId} whose text has {@code key} (not blank), spelt {@code shown}. */
    void add(String key, String shown, long categoryId) {
        Integer at = docsByKey.get(key);
        if (at == null) {
            at = docs.size();
            docsByKey.put(key, at);
            String[] parts = key.split(" ");
            int[] ids = new int[parts.length];
            int n = 0;
            for (String part : parts) {
                ids[n++] = wordId(part);
            }
            ids = Arrays.stream(ids).distinct().sorted().toArray();
            docs.add(new Doc(ids, shown));
            for (int id : ids) {
                post(id, at);
            }
        }
        docs.get(at).tally.add(categoryId);
    }

    /** The document of exactly this key, or null. */
    Doc exact(String key) {
        Integer at = docsByKey.get(key);
        return at == null ? null : docs.get(at);
    }

    /**
     * The document closest to {@code key} by cosine similarity of words weighted by their rarity,
     * if it reaches {@code threshold}; null otherwise. Ties go to the document with more rows, then to the newer.
     */
    Match closest(String key, double threshold) {
        if (key.isEmpty() || docs.isEmpty()) {
            return null;
        }
        String[] parts = key.split(" ");
        int[] known = new int[parts.length];
        int knownCount = 0;
        double queryNorm = 0;
        for (String part : Arrays.stream(parts).distinct().toArray(String[]::new)) {
            Integer id = words.get(part);
            // a word never seen weighs as the rarest: "PAYPAL *NETFLIX" is not "PAYPAL *SPOTIFY"
            double w = id == null ? weight(0) : weight(postingSizes[id]);
            queryNorm += w * w;
            if (id != null) {
                known[knownCount++] = id;
            }
        }
        if (knownCount == 0) {
            return null;
        }
        int[] query = Arrays.copyOf(known, knownCount);
        Arrays.sort(query);
        int[] rarest = Arrays.stream(query).boxed().sorted((a, b) -> Integer.compare(postingSizes[a], postingSizes[b]))
                .limit(WORDS_READ).mapToInt(Integer::intValue).toArray();
        Doc best = null;
        double bestScore = 0;
        int bestAt = -1;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int word : rarest) {
            int[] list = postings.get(word);
            int n = Math.min(postingSizes[word], POSTINGS_READ);
            for (int i = 0; i < n; i++) {
                int at = list[i];
                if (!seen.add(at)) {
                    continue;
                }
                Doc d = docs.get(at);
                double score = cosine(query, queryNorm, d.words);
                boolean tie = best != null && Math.abs(score - bestScore) <= 1e-9;
                if (best == null || score > bestScore + 1e-9 || tie && (d.tally.total() > best.tally.total()
                        || d.tally.total() == best.tally.total() && at < bestAt)) {
                    best = d;
                    bestScore = score;
                    bestAt = at;
                }
            }
        }
        return best != null && bestScore >= threshold ? new Match(best, bestScore) : null;
    }

    int size() {
        return docs.size();
    }

    /** Inverse document frequency, smoothed so that a word in every document still weighs a little. */
    private double weight(int documentFrequency) {
        return Math.log(1.0 + (double) docs.size() / Math.max(documentFrequency, 0.5));
    }

    private double cosine(int[] query, double queryNorm, int[] doc) {
        double dot = 0;
        double docNorm = 0;
        int i = 0;
        for (int word : doc) {
            double w = weight(postingSizes[word]);
            docNorm += w * w;
            while (i < query.length && query[i] < word) {
                i++;
            }
            if (i < query.length && query[i] == word) {
                dot += w * w;
            }
        }
        return dot == 0 ? 0 : dot / Math.sqrt(queryNorm * docNorm);
    }

    private int wordId(String word) {
        Integer id = words.get(word);
        if (id == null) {
            id = words.size();
            words.put(word, id);
            postings.add(new int[2]);
            if (id >= postingSizes.length) {
                postingSizes = Arrays.copyOf(postingSizes, postingSizes.length * 2);
            }
        }
        return id;
    }

    private void post(int word, int doc) {
        int[] list = postings.get(word);
        int n = postingSizes[word];
        if (n == list.length) {
            list = Arrays.copyOf(list, n * 2);
            postings.set(word, list);
        }
        list[n] = doc;
        postingSizes[word] = n + 1;
    }
}
