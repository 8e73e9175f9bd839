package io.finterm.rates;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * Downloads the ECB's rate files with the JDK's HTTP client: proxies from the standard JVM
 * properties, a timeout for connecting and for the answer, and one clear sentence when the network
 * is not there. What comes back is parsed before anything is stored.
 */
public final class EcbFeed {
    /** The files the ECB publishes. */
    public enum File {
        DAILY("eurofxref-daily.xml"), LAST_90_DAYS("eurofxref-hist-90d.xml"), FULL("eurofxref-hist.zip");

        private final String name;

        File(String name) {
            this.name = name;
        }

        public String fileName() {
            return name;
        }
    }

    /** The most a download may be; the full history is a few megabytes. */
    private static final long MAX_BYTES = 32L << 20;

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient client;

    public EcbFeed(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).proxy(ProxySelector.getDefault())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A timeout in words: "500 ms" below a second, "1.5 s" above, never a rounded "0 s". */
    static String seconds(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms"
                : java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    public String url(File file) {
        return baseUrl + file.fileName();
    }

    /** Downloads and parses {@code file}; throws {@link RateFileException} with one sentence on any failure. */
    public List<PublishedRate> fetch(File file) {
        String url = url(file);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(new URI(url)).timeout(timeout).header("User-Agent", "finterm").GET().build();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new RateFileException("rates.url is not a valid address: " + url);
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new RateFileException("could not reach " + url + " within " + seconds(timeout) + "; using the rates already stored", e);
        } catch (HttpTimeoutException e) {
            throw new RateFileException(url + " did not answer within " + seconds(timeout) + "; using the rates already stored", e);
        } catch (ConnectException e) {
            throw new RateFileException("could not reach " + url + " (no network?); using the rates already stored", e);
        } catch (IOException e) {
            throw new RateFileException("could not download " + url + ": " + e.getMessage() + "; using the rates already stored", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RateFileException("the download of " + url + " was interrupted", e);
        }
        byte[] body;
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new RateFileException(url + " answered " + response.statusCode() + "; using the rates already stored");
            }
            // Read one byte past the cap, and no further: a server that never stops must not fill the heap.
            body = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RateFileException("could not download " + url + ": " + e.getMessage() + "; using the rates already stored", e);
        }
        if (body.length > MAX_BYTES) {
            throw new RateFileException(url + " sent more than 32 MB; that is not a rates file");
        }
        return EcbFiles.parse(body, url);
    }
}
