package org.hallkiosk.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx on 127.0.0.1 with a WebDAV folder for kiosk reports, as a bureau would set one up: {@code /reports/}
 * takes PUT (only with the user {@link #USER}, password {@link #PASSWORD}) and answers PROPFIND (nginx's dav_ext
 * module, when installed); {@code /json/} and {@code /html/} list the same folder as nginx's autoindex. Started in
 * the foreground as this test's child process with a temporary config; {@link #close()} stops it. Installed by
 * scripts/install-test-deps.sh (Debian: nginx-light, libnginx-mod-http-dav-ext).
 */
public final class NginxDav implements AutoCloseable {

    public static final Path NGINX = Path.of("/usr/sbin/nginx");
    public static final Path DAV_EXT = Path.of("/usr/lib/nginx/modules/ngx_http_dav_ext_module.so");
    public static final String USER = "kiosk";
    public static final String PASSWORD = "s3cret-pass";

    private final Process process;
    private final int port;
    private final Path folder;
    private final Path dir;

    private NginxDav(Process process, int port, Path folder, Path dir) {
        this.process = process;
        this.port = port;
        this.folder = folder;
        this.dir = dir;
    }

    public static boolean installed() {
        return Files.isExecutable(NGINX);
    }

    /** A free port on 127.0.0.1 now (nothing listens there until someone starts on it). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public static NginxDav start(Path dir) throws IOException, InterruptedException {
        return start(dir, freePort());
    }

    /** Starts nginx on {@code port}, its files under {@code dir}; returns once it accepts connections. */
    public static NginxDav start(Path dir, int port) throws IOException, InterruptedException {
        Path www = dir.resolve("www");
        Path folder = Files.createDirectories(www.resolve("reports"));
        Path temp = Files.createDirectories(dir.resolve("temp"));
        Files.writeString(dir.resolve("htpasswd"), USER + ":{PLAIN}" + PASSWORD + "\n");
        String conf = (Files.isRegularFile(DAV_EXT) ? "load_module " + DAV_EXT + ";\n" : "")
                + "daemon off;\nmaster_process off;\nworker_processes 1;\npid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + " warn;\n"
                + "events { worker_connections 256; }\n"
                + "http {\n  access_log " + dir.resolve("access.log") + ";\n"
                + "  client_body_temp_path " + temp.resolve("body") + ";\n"
                + "  proxy_temp_path " + temp.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + temp.resolve("fastcgi") + ";\n"
                + "  uwsgi_temp_path " + temp.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + temp.resolve("scgi") + ";\n"
                + "  types { application/json json; text/html html; }\n"
                + "  server {\n    listen 127.0.0.1:" + port + ";\n    root " + www + ";\n"
                + "    location /reports/ {\n      dav_methods PUT DELETE;\n"
                + (Files.isRegularFile(DAV_EXT) ? "      dav_ext_methods PROPFIND OPTIONS;\n" : "")
                + "      dav_access user:rw group:r all:r;\n      client_max_body_size 256k;\n"
                + "      limit_except GET HEAD PROPFIND OPTIONS {\n        auth_basic \"kiosk reports\";\n"
                + "        auth_basic_user_file " + dir.resolve("htpasswd") + ";\n      }\n    }\n"
                + "    location /json/ { alias " + folder + "/; autoindex on; autoindex_format json; }\n"
                + "    location /html/ { alias " + folder + "/; autoindex on; }\n"
                + "  }\n}\n";
        Path confFile = Files.writeString(dir.resolve("nginx.conf"), conf, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
                "-c", confFile.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        NginxDav nginx = new NginxDav(p, port, folder, dir);
        // ready when it accepts a connection; it may also have failed to start (then its log says why)
        for (int i = 0; i < 400; i++) {
            if (!p.isAlive()) {
                throw new IOException("nginx did not start: " + Files.readString(dir.resolve("error.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        nginx.close();
        throw new IOException("nginx did not listen on " + port);
    }

    /** The WebDAV folder kiosks PUT to (and PROPFIND lists). */
    public URI reports() {
        return URI.create("http://127.0.0.1:" + port + "/reports/");
    }

    /** The same folder as nginx's autoindex in JSON. */
    public URI jsonIndex() {
        return URI.create("http://127.0.0.1:" + port + "/json/");
    }

    /** The same folder as nginx's autoindex HTML page. */
    public URI htmlIndex() {
        return URI.create("http://127.0.0.1:" + port + "/html/");
    }

    /** The folder on disk behind all three. */
    public Path folder() {
        return folder;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
