package org.fieldguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Map;

/**
 * Our flexmark extension: heading ids for every script, rewritten link URLs, checklist items and
 * admonitions. Registered after the GFM task-list extension so that our item renderer wins.
 */
final class FieldguideExtension implements HtmlRenderer.HtmlRendererExtension {

  static FieldguideExtension create() {
    return new FieldguideExtension();
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.htmlIdGeneratorFactory(new IdFactory());
    builder.linkResolverFactory(new RewrittenLinks());
    builder.nodeRendererFactory(options -> new ChecklistRenderer());
    builder.nodeRendererFactory(options -> new AdmonitionRenderer());
  }

  private static final class IdFactory implements HeaderIdGeneratorFactory {
    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
      return new HeadingIds();
    }

    @Override
    public HtmlIdGenerator create() {
      return new HeadingIds();
    }
  }

  /** Emits the URL the link rewriter chose for each destination, looked up per document. */
  private static final class RewrittenLinks extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      Map<String, String> urls = DocumentKeys.REWRITTEN_URLS.get(context.getDocument());
      return (node, ctx, link) -> {
        String rewritten = urls.get(link.getUrl());
        return rewritten == null ? link : link.withUrl(rewritten).withStatus(LinkStatus.VALID);
      };
    }
  }
}
