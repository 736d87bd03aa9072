package org.fieldguide.link.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebAddressTest {

  @Test
  void splitsTheFragmentOffAndDecodesIt() throws Exception {
    WebAddress a = WebAddress.parse("https://example.org/a?q=1#%D8%B4%D8%A8%D9%83%D8%A9");
    assertThat(a.base()).isEqualTo("https://example.org/a?q=1");
    assertThat(a.fragment()).isEqualTo("\u0634\u0628\u0643\u0629");
    assertThat(a.uri()).isEqualTo(URI.create("https://example.org/a?q=1"));
  }

  @Test
  void plusInAFragmentStaysAPlus() {
    assertThat(WebAddress.percentDecode("a+b%20c")).isEqualTo("a+b c");
  }

  @Test
  void malformedPercentEncodingIsKeptAsWritten() {
    assertThat(WebAddress.percentDecode("50%")).isEqualTo("50%");
    assertThat(WebAddress.percentDecode("%zz")).isEqualTo("%zz");
  }

  @Test
  void nonAsciiPathIsPercentEncodedForTheRequest() throws Exception {
    assertThat(WebAddress.parse("https://ar.wikipedia.org/wiki/\u0634\u0628\u0643\u0629").uri().toString())
        .isEqualTo("https://ar.wikipedia.org/wiki/%D8%B4%D8%A8%D9%83%D8%A9");
  }

  @Test
  void internationalHostNameBecomesPunycode() throws Exception {
    URI uri = WebAddress.parse("https://b\u00fccher.example/x?y").uri();
    assertThat(uri.getHost()).isEqualTo("xn--bcher-kva.example");
    assertThat(uri.toString()).isEqualTo("https://xn--bcher-kva.example/x?y");
  }

  @Test
  void onlyWebAddressesCanBeChecked() {
    assertThatThrownBy(() -> WebAddress.parse("ftp://example.org/file"))
        .hasMessage("only http and https addresses can be checked");
  }

  @Test
  void addressWithoutHostIsInvalid() {
    assertThatThrownBy(() -> WebAddress.parse("https:///path")).hasMessage("it has no host name");
  }

  @Test
  void redirectTargetsResolveAgainstTheCurrentAddress() throws Exception {
    URI from = URI.create("https://example.org/docs/a");
    assertThat(WebAddress.resolve(from, "b")).isEqualTo(URI.create("https://example.org/docs/b"));
    assertThat(WebAddress.resolve(from, "/c#frag")).isEqualTo(URI.create("https://example.org/c"));
    assertThat(WebAddress.resolve(from, "https://other.example/")).isEqualTo(URI.create("https://other.example/"));
    assertThatThrownBy(() -> WebAddress.resolve(from, "mailto:x@example.org")).hasMessage("only http and https addresses can be checked");
  }

  @Test
  void hostKeyIncludesTheEffectivePort() {
    assertThat(WebAddress.hostKey(URI.create("https://Example.org/a"))).isEqualTo("example.org:443");
    assertThat(WebAddress.hostKey(URI.create("http://example.org/a"))).isEqualTo("example.org:80");
    assertThat(WebAddress.hostKey(URI.create("http://127.0.0.1:8080/"))).isEqualTo("127.0.0.1:8080");
  }
}
