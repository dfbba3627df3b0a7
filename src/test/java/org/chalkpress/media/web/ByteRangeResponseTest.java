package org.chalkpress.media.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.chalkpress.media.store.BlobKey;
import org.chalkpress.media.store.FileSystemBlobStore;
import org.chalkpress.media.store.StoredBlob;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-range serving as a browser or podcast player sees it, through a real (small) servlet container. */
class ByteRangeResponseTest {

    @TempDir
    static Path dir;

    static Server server;
    static FileSystemBlobStore store;
    static byte[] audio;
    static StoredBlob stored;
    static String base;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = new FileSystemBlobStore(dir);
        audio = new byte[100_000];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (byte) (i * 31);
        }
        stored = store.put(new ByteArrayInputStream(audio));
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                BlobKey key = new BlobKey(request.getPathInfo().substring(1));
                ByteRangeResponse.write(request, response, store, key, "audio/mpeg",
                        ByteRangeResponse.IMMUTABLE_PUBLIC);
            }
        }), "/blob/*");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/blob/";
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private HttpResponse<byte[]> get(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + stored.key().hex()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theWholeFileWithTypeLengthHashAndCaching() throws Exception {
        HttpResponse<byte[]> response = get();

        assertEquals(200, response.statusCode());
        assertArrayEquals(audio, response.body());
        assertEquals("audio/mpeg", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(audio.length), response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals('"' + stored.key().hex() + '"', response.headers().firstValue("ETag").orElseThrow());
        assertEquals("bytes", response.headers().firstValue("Accept-Ranges").orElseThrow());
        assertTrue(response.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
    }

    @Test
    void aPlayerResumingFromTheMiddleGetsPartialContent() throws Exception {
        HttpResponse<byte[]> response = get("Range", "bytes=1000-1999");

        assertEquals(206, response.statusCode());
        assertEquals("bytes 1000-1999/100000", response.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("1000", response.headers().firstValue("Content-Length").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(audio, 1000, 2000), response.body());
    }

    @Test
    void openEndedAndSuffixRanges() throws Exception {
        HttpResponse<byte[]> tail = get("Range", "bytes=99990-");
        HttpResponse<byte[]> last = get("Range", "bytes=-10");
        HttpResponse<byte[]> pastTheEnd = get("Range", "bytes=99995-200000");

        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(audio, 99_990, 100_000), tail.body());
        assertArrayEquals(Arrays.copyOfRange(audio, 99_990, 100_000), last.body());
        assertEquals("bytes 99995-99999/100000", pastTheEnd.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void aRangeBeyondTheEndIsNotSatisfiable() throws Exception {
        HttpResponse<byte[]> response = get("Range", "bytes=100000-");

        assertEquals(416, response.statusCode());
        assertEquals("bytes */100000", response.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void ifRangeWithAnotherVersionSendsTheWholeCurrentFile() throws Exception {
        HttpResponse<byte[]> current = get("Range", "bytes=0-9", "If-Range", '"' + stored.key().hex() + '"');
        HttpResponse<byte[]> stale = get("Range", "bytes=0-9", "If-Range", "\"an-older-version\"");

        assertEquals(206, current.statusCode());
        assertEquals(10, current.body().length);
        assertEquals(200, stale.statusCode());
        assertEquals(audio.length, stale.body().length);
    }

    @Test
    void severalRangesOrAMalformedOneGetTheWholeFile() throws Exception {
        assertEquals(200, get("Range", "bytes=0-9,20-29").statusCode());
        assertEquals(200, get("Range", "pages=1-2").statusCode());
    }

    @Test
    void aCurrentCopyIsNotSentAgain() throws Exception {
        HttpResponse<byte[]> response = get("If-None-Match", '"' + stored.key().hex() + '"');

        assertEquals(304, response.statusCode());
        assertEquals(0, response.body().length);
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + stored.key().hex()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Range", "bytes=10-19").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(206, response.statusCode());
        assertEquals("10", response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(0, response.body().length);
    }

    @Test
    void nothingStoredIsNotFound() throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + "0".repeat(64))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(404, response.statusCode());
    }
}
