package se.webbgranskning.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * An HTTP client that keeps cookies like a browser and does not follow redirects, so that tests see each
 * response as sent. {@link #postForm} sends the CSRF token of the last page seen unless told otherwise.
 */
public final class WebClient {

    private final String baseUrl;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String csrfToken = "";

    /** A client for an app started elsewhere (e.g. the packaged jar). */
    public static WebClient forUrl(String baseUrl) {
        return new WebClient(baseUrl);
    }

    WebClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        rememberCsrf(response);
        return response;
    }

    /** A GET with extra headers (e.g. those a reverse proxy adds). */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        HttpResponse<String> response = send(request.build());
        rememberCsrf(response);
        return response;
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrfToken);
        return postRaw(path, withToken, Map.of());
    }

    /** A POST exactly as given: no token added, extra headers (e.g. Origin) set. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A multipart form with one file, as a browser sends an upload; the CSRF token is added as a field. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "----wg" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/x-yaml\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public void logIn(String username, String password) {
        HttpResponse<String> response = postRaw("/logga-in", Map.of("anvandarnamn", username, "losenord", password),
                Map.of());
        if (response.statusCode() != 303) {
            throw new IllegalStateException("login failed for " + username + ": " + response.statusCode());
        }
        get("/"); // a page with the layout carries the CSRF token
        get(response.headers().firstValue("Location").orElse("/"));
    }

    /** A cookie's value as the browser would hold it, or empty. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    public String csrfToken() {
        return csrfToken;
    }

    private void rememberCsrf(HttpResponse<String> response) {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            String token = Jsoup.parse(response.body()).select("meta[name=csrf-token]").attr("content");
            if (!token.isEmpty()) {
                csrfToken = token;
            }
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    /** A download that is not text (a zip, a PDF). */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
