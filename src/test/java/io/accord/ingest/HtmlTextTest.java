package io.accord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.model.NormalizedArticle;
import io.accord.model.RawArticle;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void everyNamedAndNumericEntityIsDecoded() {
        assertEquals(
                "Renault’s chief and Nissan’s board agreed — AT&T said “yes” at 5 € in São Paulo.",
                HtmlText.text("<p>Renault&#8217;s chief and Nissan&rsquo;s board agreed &mdash; AT&amp;T said"
                        + " &ldquo;yes&rdquo; at 5&nbsp;&euro; in S&#xE3;o Paulo.</p>"));
    }

    @Test
    void scriptsStylesAndTemplatesAreNotText() {
        String text = HtmlText.text("<html><head><title>t</title><style>p{color:red}</style></head><body>"
                + "<script>var deal = 'signed';</script><noscript>Enable JavaScript</noscript>"
                + "<p>Fiat and GM ended their alliance.</p><template><p>hidden</p></template></body></html>");
        assertEquals("Fiat and GM ended their alliance.", text);
    }

    @Test
    void blocksAreParagraphsAndInlineTagsAreNot() {
        assertEquals(
                "Deal signed\n\nVerizon <em>agreed</em> to buy MCI.\n\nRegulators must approve.\nIn June.\n\nA\n\nB",
                HtmlText.text("<h1>Deal signed</h1><div><p>Verizon &lt;em&gt;agreed&lt;/em&gt; to <b>buy</b> MCI.</p>"
                        + "<p>Regulators must approve.<br>In June.</p></div><ul><li>A</li><li>B</li></ul>"));
    }

    @Test
    void plainTextWithAnEntityIsDecodedAndPlainTextWithoutIsLeftAlone() {
        assertTrue(HtmlText.hasEntity("&#163;1.8m indecency fine"));
        assertEquals("£1.8m indecency fine", HtmlText.unescape("&#163;1.8m indecency fine"));
        assertFalse(HtmlText.hasEntity("Procter & Gamble & Co; AT&T"));
    }

    @Test
    void theNormaliserReadsPagesAndEntitiesThroughIt() {
        ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC());
        NormalizedArticle page = normalizer.normalize(new RawArticle(
                null,
                "Pact",
                "<html><body><script>x()</script><p>Renault&#8217;s chief and Nissan&#8217;s board agreed.</p></body></html>",
                null,
                "2005-02-10",
                null));
        assertEquals("Renault’s chief and Nissan’s board agreed.", page.body());
        NormalizedArticle plain = normalizer.normalize(
                new RawArticle(null, "Fine", "&#163;1.8m indecency fine for Viacom", null, "2005-02-10", null));
        assertEquals("£1.8m indecency fine for Viacom", plain.body());
    }
}
