package org.chalkpress.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 for the link checker to visit, so tests never leave this machine: pages that
 * answer, are missing, are slow, or redirect. Close it after the test.
 */
final class FakeInternet implements AutoCloseable {

    @FunctionalInterface
    interface Page {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    FakeInternet() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            Page page = pages.get(exchange.getRequestURI().getPath());
            try {
                if (page == null) {
                    status(exchange, 404);
                } else {
                    page.answer(exchange);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:port + path */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int requests() {
        return requests.get();
    }

    FakeInternet page(String path, Page page) {
        pages.put(path, page);
        return this;
    }

    FakeInternet ok(String path) {
        return page(path, exchange -> status(exchange, 200));
    }

    FakeInternet slow(String path, long millis) {
        return page(path, exchange -> {
            Thread.sleep(millis);
            status(exchange, 200);
        });
    }

    FakeInternet redirect(String path, String location) {
        return page(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            status(exchange, 302);
        });
    }

    static void status(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
