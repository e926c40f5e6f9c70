package se.webbgranskning.bench.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The soak benchmark's HTTP client: Apache HttpClient's blocking client, one pooled keep-alive connection per
 * simulated reviewer, each request sent and read on the reviewer's own thread. The JDK's client hands every
 * response through a selector thread and a chain of futures: under the soak it used 0.8 of the two cores the
 * server is measured on (1.6 ms of CPU per request), CPU that in the real case each reviewer's own machine spends.
 * Keeps no cookies and follows no redirects: each reviewer sends her own session cookie.
 */
final class SoakHttp implements Closeable {

    /** A response as the benchmark needs it: the status and the body, read as ISO-8859-1 (see {@link #get}). */
    record Response(int status, String body, List<String> setCookies) {
    }

    /** As browsers send it: no charset (HttpClient's constant names ISO-8859-1, and the server then decodes by it). */
    private static final ContentType FORM = ContentType.create("application/x-www-form-urlencoded");

    private final CloseableHttpClient client;

    SoakHttp(int connections) {
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                .disableCookieManagement().disableRedirectHandling().disableAutomaticRetries()
                .disableContentCompression()
                .build();
    }

    /** Logs a seeded reviewer in; returns her session cookie as a {@code Cookie} header value. */
    String logIn(String base, String username) throws IOException {
        HttpPost login = new HttpPost(base + "/logga-in");
        login.setEntity(new StringEntity(BenchHttp.loginForm(username), FORM));
        Response response = send(login);
        return BenchHttp.sessionCookie(username, response.status(), response.setCookies());
    }

    /**
     * The page is only searched for ASCII markup (the CSRF token, the version fields), which UTF-8 leaves as it is;
     * read as ISO-8859-1 it stays one byte per character instead of being decoded and inflated to UTF-16.
     */
    Response get(String url, String cookie) throws IOException {
        HttpGet get = new HttpGet(url);
        get.setHeader("Cookie", cookie);
        return send(get);
    }

    /** A form posted as htmx posts it. */
    Response postForm(String url, String cookie, String form) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setHeader("Cookie", cookie);
        post.setHeader("HX-Request", "true");
        post.setEntity(new StringEntity(form, FORM));
        return send(post);
    }

    private Response send(ClassicHttpRequest request) throws IOException {
        return client.execute(request, response -> {
            String body = response.getEntity() == null ? ""
                    : new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.ISO_8859_1);
            return new Response(response.getCode(), body,
                    Arrays.stream(response.getHeaders("Set-Cookie")).map(Header::getValue).toList());
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
