package org.chalkpress.links;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP request to one already-checked address: the status line and the Location header, nothing more.
 *
 * <p>Why a socket and not {@code java.net.http.HttpClient} or {@code HttpURLConnection}: both resolve the
 * host name themselves when they connect, and that second DNS answer may differ from the one
 * {@link AddressPolicy} judged (DNS rebinding); neither lets us pin the address, and both refuse to let us set
 * the Host header on a request sent to a bare IP. Here we connect the socket to the judged
 * {@link InetAddress}, send the site's name in the Host header and, for https, as the TLS server name, and
 * verify the certificate against that name ({@code HTTPS} endpoint identification) — so the check is both
 * pinned and as strict about TLS as a browser. No proxy is used, and redirects are the caller's business.
 */
final class HttpProbe {

    /** The parts of a response the checker needs. */
    record Answer(int status, Optional<String> location) { }

    private static final int MAX_HEADER_BYTES = 32 * 1024;
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; Chalkpress-LinkChecker/1.0)";

    private HttpProbe() {
    }

    static Answer send(String method, URI uri, InetAddress address, Duration connectTimeout, Instant deadline)
            throws IOException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        String host = uri.getHost();
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        try (Socket plain = new Socket(Proxy.NO_PROXY)) {
            plain.connect(new InetSocketAddress(address, port), (int) Math.min(connectTimeout.toMillis(), remaining(deadline)));
            Socket socket = https ? tls(plain, host, port, deadline) : plain;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request(method, uri, host, port, https).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return readHead(socket, deadline);
            } finally {
                if (socket != plain) {
                    socket.close();
                }
            }
        }
    }

    private static Socket tls(Socket plain, String host, int port, Instant deadline) throws IOException {
        SSLContext context;
        try {
            context = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("No TLS available", e);
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(plain, bareHost, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!bareHost.contains(":") && !bareHost.matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(bareHost)));
        }
        ssl.setSSLParameters(parameters);
        ssl.setSoTimeout((int) remaining(deadline));
        ssl.startHandshake();
        return ssl;
    }

    private static String request(String method, URI uri, String host, int port, boolean https) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        boolean defaultPort = https ? port == 443 : port == 80;
        String hostHeader = (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + (defaultPort ? "" : ":" + port);
        return method + " " + target + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "User-Agent: " + USER_AGENT + "\r\n"
                + "Accept: */*\r\n"
                + "Connection: close\r\n\r\n";
    }

    private static Answer readHead(Socket socket, Instant deadline) throws IOException {
        InputStream in = socket.getInputStream();
        while (true) {
            String head = readUntilBlankLine(socket, in, deadline);
            String[] lines = head.split("\r?\n");
            String[] statusLine = lines[0].split(" ", 3);
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
                throw new IOException("Not an HTTP answer");
            }
            int status;
            try {
                status = Integer.parseInt(statusLine[1].strip());
            } catch (NumberFormatException e) {
                throw new IOException("Not an HTTP status: " + statusLine[1], e);
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            Optional<String> location = Optional.empty();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0 && lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("location")) {
                    location = Optional.of(lines[i].substring(colon + 1).strip()).filter(s -> !s.isEmpty());
                }
            }
            return new Answer(status, location);
        }
    }

    /** Reads the status line and headers, up to the blank line that ends them ("\r\n\r\n", or bare "\n\n"). */
    private static String readUntilBlankLine(Socket socket, InputStream in, Instant deadline) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int previous = -1;
        int beforePrevious = -1;
        while (head.size() < MAX_HEADER_BYTES) {
            socket.setSoTimeout((int) remaining(deadline));
            int b = in.read();
            if (b < 0) {
                if (head.size() > 0) {
                    break;
                }
                throw new IOException("The connection closed without an answer");
            }
            head.write(b);
            if (b == '\n' && (previous == '\n' || previous == '\r' && beforePrevious == '\n')) {
                break;
            }
            beforePrevious = previous;
            previous = b;
        }
        return head.toString(StandardCharsets.ISO_8859_1).strip();
    }

    /** Milliseconds left before the deadline, at least 1 (0 would mean "wait forever" to a socket). */
    private static long remaining(Instant deadline) throws SocketTimeoutException {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
            throw new SocketTimeoutException("Deadline passed");
        }
        return left;
    }
}
