package dev.foothold.deploy.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small server that answers the two Stripe API calls Foothold makes (checkout and portal
 * sessions), started by the test stack so the application's real HTTP client has someone to talk
 * to. It records what it was sent.
 */
final class FakeStripe implements AutoCloseable {

  /** A request it received: the path, the Authorization header and the decoded form. */
  record Call(String path, String authorization, Map<String, String> form) {}

  static final String SECRET_KEY = "sk_test_foothold_it";

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  private FakeStripe(HttpServer server) {
    this.server = server;
  }

  static FakeStripe start() {
    try {
      var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      var fake = new FakeStripe(server);
      server.createContext(
          "/v1/",
          exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var path = exchange.getRequestURI().getPath();
            fake.calls.add(
                new Call(path, exchange.getRequestHeaders().getFirst("Authorization"), form(body)));
            var id = "cs_test_" + fake.calls.size();
            var answer =
                SECRET_KEY.equals(
                        exchange.getRequestHeaders().getFirst("Authorization").substring(7))
                    ? "{\"id\":\""
                        + id
                        + "\",\"url\":\"https://checkout.stripe.test/pay/"
                        + id
                        + "\"}"
                    : "{\"error\":{\"message\":\"Invalid API Key\"}}";
            var bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.contains("error") ? 401 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
          });
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  private static Map<String, String> form(String body) {
    var form = new LinkedHashMap<String, String>();
    if (body.isEmpty()) {
      return form;
    }
    for (var pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
