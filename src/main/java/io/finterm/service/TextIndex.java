package io.finterm.service;

import io.finterm.domain.TextFold;
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
    /** Worked out by {@link #freeze} once learning is over; {@code seen} marks the documents one search has read. */
    private double[] weights;
    private double unseenWeight;
    private double[] norms;
    private int[] seen;
    private int stamp;

    /** One distinct text: its key, its words (ids, ascending), as the newest row spelt it, and its categories' counts. */
    static final class Doc {
        final String key;
        final int[] words;
        final String shown;
        final Tally tally = new Tally();

        Doc(String key, int[] words, String shown) {
            this.key = key;
            this.words = words;
            this.shown = shown;
        }
    }

    /** A document and how close it is to the query, from 0 (nothing shared) to 1 (the same words). */
    record Match(Doc doc, double score) {
    }

    /**
     * The text as compared ({@link TextFold#key}): folded, without numbers, references and lone letters;
     * {@code PAYPAL *SPOTIFY 35314369001} → {@code paypal spotify}.
     */
    static String key(String text) {
        return TextFold.key(text);
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
            docs.add(new Doc(key, ids, shown));
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
     *
     * <p>Only documents that share one of the query's {@link #WORDS_READ} rarest words are read, rarest
     * word first, and the reading stops as soon as no document still unread could win: one that lacks
     * the words read so far shares at most the rest of the query's weight, and its cosine is at most
     * that weight's norm over the query's (Cauchy–Schwarz). A query with one rare word reads its few
     * documents and never the thousands that share "BERLIN".
     */
    Match closest(String key, double threshold) {
        if (key.isEmpty() || docs.isEmpty()) {
            return null;
        }
        freeze();
        String[] parts = key.split(" ");
        int[] known = new int[parts.length];
        int knownCount = 0;
        double queryNorm = 0;
        for (String part : Arrays.stream(parts).distinct().toArray(String[]::new)) {
            Integer id = words.get(part);
            // a word never seen weighs as one seen once, the most: "PAYPAL *NETFLIX" is not "PAYPAL *SPOTIFY"
            double w = id == null ? unseenWeight : weights[id];
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
        double unread = 0;
        for (int word : query) {
            unread += weights[word] * weights[word];
        }
        int[] rarest = Arrays.stream(query).boxed().sorted((a, b) -> Integer.compare(postingSizes[a], postingSizes[b]))
                .limit(WORDS_READ).mapToInt(Integer::intValue).toArray();
        stamp++;
        Doc best = null;
        double bestScore = 0;
        int bestAt = -1;
        for (int word : rarest) {
            double bound = Math.sqrt(unread / queryNorm);
            if (bound < threshold || best != null && bound < bestScore - 1e-9) {
                break; // no document that lacks every word read so far can reach the threshold or beat the best
            }
            int[] list = postings.get(word);
            int n = Math.min(postingSizes[word], POSTINGS_READ);
            for (int i = 0; i < n; i++) {
                int at = list[i];
                if (seen[at] == stamp) {
                    continue;
                }
                seen[at] = stamp;
                Doc d = docs.get(at);
                double score = cosine(query, queryNorm, d.words, norms[at]);
                boolean tie = best != null && Math.abs(score - bestScore) <= 1e-9;
                if (best == null || score > bestScore + 1e-9 || tie && (d.tally.total() > best.tally.total()
                        || d.tally.total() == best.tally.total() && at < bestAt)) {
                    best = d;
                    bestScore = score;
                    bestAt = at;
                }
            }
            if (n == postingSizes[word]) {
                unread -= weights[word] * weights[word]; // every document with this word is read
            }
        }
        return best != null && bestScore >= threshold ? new Match(best, bestScore) : null;
    }

    /**
     * Each word's weight, inverse document frequency smoothed so that a word in every document still
     * weighs a little, and each document's norm: worked out once the history is learnt, not per comparison.
     */
    private void freeze() {
        if (norms != null && norms.length == docs.size()) {
            return;
        }
        double n = docs.size();
        weights = new double[words.size()];
        for (int w = 0; w < weights.length; w++) {
            weights[w] = Math.log(1.0 + n / postingSizes[w]);
        }
        unseenWeight = Math.log(1.0 + n);
        norms = new double[docs.size()];
        for (int d = 0; d < norms.length; d++) {
            double sq = 0;
            for (int w : docs.get(d).words) {
                sq += weights[w] * weights[w];
            }
            norms[d] = Math.sqrt(sq);
        }
        seen = new int[docs.size()];
        stamp = 0;
    }

    private double cosine(int[] query, double queryNorm, int[] doc, double docNorm) {
        double dot = 0;
        int i = 0;
        for (int word : doc) {
            while (i < query.length && query[i] < word) {
                i++;
            }
            if (i < query.length && query[i] == word) {
                dot += weights[word] * weights[word];
            }
        }
        return dot == 0 ? 0 : dot / (Math.sqrt(queryNorm) * docNorm);
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
