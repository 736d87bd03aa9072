package org.fieldguide.link.external;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An external address as written, split into what is requested and the fragment.
 *
 * @param written the address exactly as written
 * @param base the address without fragment: what is requested, deduplicated and cached
 * @param fragment the fragment percent-decoded, or empty when there is none
 * @param uri {@code base} as an ASCII URI ready to request (international host names in
 *     Punycode, other characters percent-encoded)
 */
record WebAddress(String written, String base, String fragment, URI uri) {

  /** Thrown for an address that cannot be requested, with the reason for writers. */
  static final class InvalidAddressException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidAddressException(String reason) {
      super(reason);
    }
  }

  static WebAddress parse(String written) throws InvalidAddressException {
    int hash = written.indexOf('#');
    String base = hash < 0 ? written : written.substring(0, hash);
    String fragment = hash < 0 ? "" : percentDecode(written.substring(hash + 1));
    return new WebAddress(written, base, fragment, toUri(base));
  }

  /** {@code base} resolved against {@code location} of a redirect, as a requestable URI. */
  static URI resolve(URI from, String location) throws InvalidAddressException {
    URI target;
    try {
      target = from.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new InvalidAddressException("it redirects to '" + location + "', which is not a valid address");
    }
    String s = target.toString();
    int hash = s.indexOf('#');
    return toUri(hash < 0 ? s : s.substring(0, hash));
  }

  /** Host name and port: the unit of the per-host limit. */
  static String hostKey(URI uri) {
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static URI toUri(String base) throws InvalidAddressException {
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      if (base.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
        throw new InvalidAddressException("it contains a space or another blank character; write a space as %20");
      }
      throw new InvalidAddressException("it is not a valid web address (" + e.getReason().toLowerCase(Locale.ROOT) + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidAddressException("only http and https addresses can be checked");
    }
    if (uri.getHost() == null) uri = withAsciiHost(uri);
    try {
      return new URI(uri.toASCIIString());
    } catch (URISyntaxException e) {
      throw new InvalidAddressException("it is not a valid web address (" + e.getReason() + ")");
    }
  }

  /** java.net.URI leaves the host empty for international names; convert them to Punycode. */
  private static URI withAsciiHost(URI uri) throws InvalidAddressException {
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty()) throw new InvalidAddressException("it has no host name");
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
    String hostPort = authority.substring(at + 1);
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    String port = colon < 0 ? "" : hostPort.substring(colon);
    try {
      String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      URI converted = new URI(uri.getScheme() + "://" + userInfo + ascii + port
          + (uri.getRawPath() == null ? "" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
      if (converted.getHost() == null) throw new InvalidAddressException("its host name '" + host + "' is not valid");
      return converted;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new InvalidAddressException("its host name '" + host + "' is not valid");
    }
  }

  /** RFC 3986 percent-decoding as UTF-8; {@code +} stays a plus. Malformed input stays as is. */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) return s;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (c == '%') {
        if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) return s;
        bytes.write(HexFormat.fromHexDigits(s, i + 1, i + 3));
        i += 3;
      } else {
        bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
