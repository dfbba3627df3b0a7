package org.chalkpress.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged platform started the way an administrator (and the Docker image) starts it, with {@code bin/serve},
 * in its own process with its own configuration and an empty embedded database: for what only a first start
 * shows. Container tests share one demo deployment; this is for the few that must not. The prepared runtime is
 * shared by every start of a test run: the first one prepares it.
 */
public final class RunningServer implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private RunningServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the platform with only {@code environment} configured (plus a fresh data directory) and waits until it serves. */
    public static RunningServer start(Map<String, String> environment) throws IOException, InterruptedException {
        int port = freePort();
        Path data = Files.createTempDirectory("chalkpress-first-start");
        Path log = data.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder("bin/serve", "--port", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        // Nothing from the test run's own configuration (which points at the shared demo database) leaks in.
        env.keySet().removeIf(name -> name.startsWith("CHALKPRESS_"));
        env.put("PAYARA_MICRO_JAR", System.getProperty("payara.microJar", "target/payara-micro.jar"));
        env.put("CHALKPRESS_WAR", System.getProperty("chalkpress.war", "target/chalkpress.war"));
        env.put("CHALKPRESS_RUNTIME_DIR", Path.of("target/it-runtime").toAbsolutePath().toString());
        env.put("CHALKPRESS_DATA_DIR", data.toString());
        env.put("CHALKPRESS_BASE_URL", "http://127.0.0.1:" + port);
        env.put("CHALKPRESS_THEMES_DIR", Path.of("themes").toAbsolutePath().toString());
        env.putAll(environment);
        RunningServer server = new RunningServer(builder.start(), log, port);
        server.awaitReady(Duration.ofMinutes(6)); // the first start also prepares the runtime
        return server;
    }

    public String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The first match of {@code pattern}'s group 1 in the log, or null. */
    public String fromLog(Pattern pattern) throws IOException {
        Matcher matcher = pattern.matcher(log());
        return matcher.find() ? matcher.group(1) : null;
    }

    public int status(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitReady(Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting:\n" + log());
            }
            try {
                if (status("health/ready") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The server was not ready within " + limit + ":\n" + log());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
